package dev.reload.system.security;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The strict headers every answer carries. Both filter chains send them
 * ({@code SecurityConfiguration}); answers made outside the chains (refused addresses, error pages,
 * requests the servlet container itself refuses) add them with {@link #addTo}.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

    /** No page of ours uses these browser features, so none may (features Chromium knows, so no console error). */
    public static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";

    public static final String CROSS_ORIGIN_OPENER_POLICY = "same-origin";

    private SecurityHeaders() {}

    /** Sets each header the response does not have yet. */
    public static void addTo(HttpServletResponse response) {
        setIfAbsent(response, "Content-Security-Policy", CONTENT_SECURITY_POLICY);
        setIfAbsent(response, "X-Content-Type-Options", "nosniff");
        setIfAbsent(response, "X-Frame-Options", "DENY");
        setIfAbsent(response, "Referrer-Policy", REFERRER_POLICY);
        setIfAbsent(response, "Permissions-Policy", PERMISSIONS_POLICY);
        setIfAbsent(response, "Cross-Origin-Opener-Policy", CROSS_ORIGIN_OPENER_POLICY);
    }

    private static void setIfAbsent(HttpServletResponse response, String name, String value) {
        if (!response.containsHeader(name)) {
            response.setHeader(name, value);
        }
    }
}
