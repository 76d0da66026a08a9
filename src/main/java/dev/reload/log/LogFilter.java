package dev.reload.log;

import dev.reload.knee.Activity;
import dev.reload.system.web.InvalidFieldException;

/**
 * What the whole log shows; every part is optional (null: no restriction). Strength work and
 * check-ins have no activity and are never imported, so an activity, {@link LogSource#IMPORTED}
 * or an import leaves sessions only.
 *
 * @param activity only sessions of this activity
 * @param source only entries logged by hand, or only imported sessions
 * @param importId only the sessions this import brought in (the {@code importId} parameter of the page and the API)
 */
public record LogFilter(Activity activity, LogSource source, Long importId) {

    public static final LogFilter EVERYTHING = new LogFilter(null, null, null);

    /** @throws InvalidFieldException naming {@code importId} when an import is asked for among entries logged by hand */
    public LogFilter {
        if (importId != null && source == LogSource.LOGGED) {
            throw new InvalidFieldException(
                    "importId", "cannot be combined with source LOGGED: imports are never logged by hand");
        }
    }

    /** True when strength work and check-ins are left out. */
    boolean sessionsOnly() {
        return activity != null || source == LogSource.IMPORTED || importId != null;
    }
}
