/**
 * History import as background jobs and "what went wrong" before the pain began (R6 on the log).
 * Pages and the API live in {@code history.web}; each finding links to the library page that
 * explains its rule ({@link dev.reload.library.LibraryLinks}).
 */
@ApplicationModule(
        displayName = "History",
        allowedDependencies = {
            "account",
            "advice",
            "advice :: load",
            "importing",
            "importing :: strava",
            "knee",
            "library",
            "log",
            "plan",
            "system :: io",
            "system :: web"
        })
package dev.reload.history;

import org.springframework.modulith.ApplicationModule;
