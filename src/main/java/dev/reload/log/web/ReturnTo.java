package dev.reload.log.web;

import java.util.Set;

/**
 * Where a log screen goes back to once its entry is saved: Today when the person came from there,
 * otherwise the log. Only these paths are ever followed, so the parameter cannot send anyone off
 * the site.
 */
final class ReturnTo {

    static final String LOG = "/log";
    private static final Set<String> PLACES = Set.of(LOG, "/today", "/log/all");

    private ReturnTo() {}

    static String of(String requested) {
        return requested != null && PLACES.contains(requested) ? requested : LOG;
    }
}
