package dev.reload.privacy.web;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import dev.reload.account.AccountId;
import dev.reload.privacy.DataExport;

/** The export as a download: a ZIP named for the person's day, never cached, written as it is read. */
final class ExportDownloads {

    static final String ZIP = "application/zip";

    private ExportDownloads() {}

    static void send(HttpServletResponse response, DataExport export, AccountId account, LocalDate today)
            throws IOException {
        response.setContentType(ZIP);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("reload-export-" + today + ".zip")
                        .build()
                        .toString());
        export.write(account, response.getOutputStream());
        response.flushBuffer();
    }
}
