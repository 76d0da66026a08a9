/**
 * Accounts: registration, sign-in, passwords, roles, API tokens and the distance unit a person
 * reads in. Pages and the API live in {@code account.web}.
 */
@ApplicationModule(
        displayName = "Accounts",
        allowedDependencies = {"system :: web", "system :: security"})
package dev.reload.account;

import org.springframework.modulith.ApplicationModule;
