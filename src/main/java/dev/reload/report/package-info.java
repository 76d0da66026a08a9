/**
 * The report for a clinician (issue 11): one PDF with the person, their plan, phase and week, the
 * charts as vector images, the safety screens and when they were answered, the adviser's findings
 * of the last four weeks with their rules and sources, the pain trend and the knee questionnaires,
 * and the education-not-diagnosis notice. {@link dev.reload.report.ReportService} reads each part
 * from the feature that owns it; {@code ReportPdf} renders the template {@code report/report.html}
 * with openhtmltopdf (decision 0016). The API ({@code GET /api/v1/report.pdf}) and the download for
 * a signed-in person ({@code GET /report.pdf}) live in {@code report.web}.
 */
@ApplicationModule(
        displayName = "Report for a clinician",
        allowedDependencies = {"account", "advice", "knee", "library", "outcomes", "plan", "progress", "system :: web"})
package dev.reload.report;

import org.springframework.modulith.ApplicationModule;
