package dev.reload.privacy.web;

import java.time.LocalDate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** The export as a download: a ZIP named for the person's day, never cached. */
final class ExportDownloads {

    static final String ZIP = "application/zip";

    private ExportDownloads() {}

    static ResponseEntity<byte[]> of(byte[] zip, LocalDate today) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, ZIP)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("reload-export-" + today + ".zip")
                                .build()
                                .toString())
                .body(zip);
    }
}
