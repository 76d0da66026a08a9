package dev.reload.report;

import java.time.LocalDate;

/**
 * A rendered report: the PDF and the name to save it under, {@code reload-report-2026-12-03.pdf}
 * for the day it was made on.
 */
public record ReportDocument(LocalDate madeOn, byte[] pdf) {

    public String filename() {
        return "reload-report-" + madeOn + ".pdf";
    }
}
