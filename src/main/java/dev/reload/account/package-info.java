/**
 * Accounts: registration, sign-in, passwords, roles, API tokens, the distance unit a person
 * reads in and the time zone their day follows ({@link dev.reload.account.PersonalClock}). Pages and the API live in {@code account.web}.
 */
@ApplicationModule(
        displayName = "Accounts",
        allowedDependencies = {"system :: web", "system :: security"})
package dev.reload.account;

import org.springframework.modulith.ApplicationModule;
