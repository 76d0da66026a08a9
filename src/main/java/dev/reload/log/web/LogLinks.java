package dev.reload.log.web;

import java.time.LocalDate;

import org.springframework.web.util.UriComponentsBuilder;

import dev.reload.log.LogFilter;

/** Addresses of whole-log pages, on the site and on the API alike: the same filters, another page. */
final class LogLinks {

    private LogLinks() {}

    /**
     * {@code path} with the filter's parameters and {@code bound} ({@code before} or {@code after})
     * set to {@code day}; without the bound when {@code day} is null (the newest page).
     */
    static String page(String path, LogFilter filter, String bound, LocalDate day) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        if (filter.activity() != null) {
            uri.queryParam("activity", filter.activity().name());
        }
        if (filter.source() != null) {
            uri.queryParam("source", filter.source().name());
        }
        if (filter.importId() != null) {
            uri.queryParam("importId", filter.importId());
        }
        if (day != null) {
            uri.queryParam(bound, day);
        }
        return uri.build().toUriString();
    }
}
