package dev.reload.system.web;

import org.springframework.util.unit.DataSize;

/**
 * How large the body of an API request may be ({@code reload.api.max-json-bytes}, 1 MB unless
 * configured; uploads have their own limit), and what a client is told when it sends more.
 * {@link JsonBodyLimitFilter} enforces it, {@link ApiExceptionHandler} answers a body that outgrew it.
 */
final class JsonBodyLimit {

    /** The setting, with its default, as {@code @Value} reads it. */
    static final String SETTING = "${reload.api.max-json-bytes:1MB}";

    private final long maxBytes;
    private final String detail;

    JsonBodyLimit(DataSize maxBytes) {
        this.maxBytes = maxBytes.toBytes();
        this.detail = "The request body is too large: send at most " + describe(maxBytes) + " of JSON.";
    }

    long maxBytes() {
        return maxBytes;
    }

    /** The detail of the 413 answer. */
    String detail() {
        return detail;
    }

    private static String describe(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % (1024 * 1024) == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes % 1024 == 0) {
            return size.toKilobytes() + " KB";
        }
        return bytes + " bytes";
    }
}
