package dev.reload.report.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import dev.reload.account.AccountPrincipal;
import dev.reload.report.ReportService;
import dev.reload.system.web.PublicAddress;

/**
 * The report for a signed-in person, from the plan page's button: the same PDF as the API's, sent
 * on the website's session (the API takes bearer tokens only).
 */
@Controller
class ReportPagesController {

    static final String PATH = "/report.pdf";

    private final ReportService reports;
    private final PublicAddress address;

    ReportPagesController(ReportService reports, PublicAddress address) {
        this.reports = reports;
        this.address = address;
    }

    @GetMapping(PATH)
    ResponseEntity<byte[]> report(@AuthenticationPrincipal AccountPrincipal me) {
        return ReportDownloads.of(reports.document(me.accountId(), address.of("")));
    }
}
