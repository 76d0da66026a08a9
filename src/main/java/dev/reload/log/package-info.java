/**
 * The person's log: activity sessions (logged or imported), morning check-ins, strength work and
 * shoes, one service per kind. Pages and the API live in {@code log.web}.
 */
@ApplicationModule(
        displayName = "Log",
        allowedDependencies = {"account", "knee", "plan", "system :: web"})
package dev.reload.log;

import org.springframework.modulith.ApplicationModule;
