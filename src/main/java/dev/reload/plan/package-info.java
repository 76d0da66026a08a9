/**
 * Plans (one active per account) and safety screens: onboarding, the plan page and their API in
 * {@code plan.web}.
 */
@ApplicationModule(
        displayName = "Plan",
        allowedDependencies = {"account", "knee", "system :: web"})
package dev.reload.plan;

import org.springframework.modulith.ApplicationModule;
