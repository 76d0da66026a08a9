package dev.reload.report.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import dev.reload.report.ReportDocument;

/** The one way a report is sent: a PDF to save, never cached by others. */
final class ReportDownloads {

    static final String PDF = MediaType.APPLICATION_PDF_VALUE;

    private ReportDownloads() {}

    static ResponseEntity<byte[]> of(ReportDocument report) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename(report.filename())
                                .build()
                                .toString())
                .body(report.pdf());
    }
}
