/**
 * What every feature shares and that knows no feature: the clock, persistence settings, security
 * ({@code system.security}) and errors, layout and the home page ({@code system.web}).
 */
@ApplicationModule(
        displayName = "System",
        allowedDependencies = {})
package dev.reload.system;

import org.springframework.modulith.ApplicationModule;
