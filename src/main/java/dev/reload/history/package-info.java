/**
 * History import as background jobs and "what went wrong" before the pain began (R6 on the log).
 * Pages and the API live in {@code history.web}.
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
            "log",
            "plan",
            "system :: web"
        })
package dev.reload.history;

import org.springframework.modulith.ApplicationModule;
