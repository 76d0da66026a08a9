package dev.reload.calendar.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The addresses of a feed, from the request's own scheme, host and port (behind a proxy, set {@code
 * server.forward-headers-strategy} so that they are the public ones): {@code https://…} to copy,
 * {@code webcal://…} for calendar apps to open.
 */
record FeedUrls(String url, String webcal) {

    static final String FEED_PATH = "/api/v1/calendar/feed/";

    static FeedUrls of(HttpServletRequest request, String token) {
        String url = base(request) + FEED_PATH + token + ".ics";
        return new FeedUrls(url, "webcal" + url.substring(url.indexOf(':')));
    }

    static String today(HttpServletRequest request) {
        return base(request) + "/today";
    }

    private static String base(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request)
                .replaceQuery(null)
                .build()
                .toUriString();
    }
}
