/**
 * The {@code demo} profile: an account holding ten weeks of a recovery, seeded through the
 * features' public services.
 */
@ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {"account", "advice", "knee", "log", "outcomes", "plan"})
package dev.reload.demo;

import org.springframework.modulith.ApplicationModule;
