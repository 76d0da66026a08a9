/**
 * The person's data is theirs (product.md capability 10, issue 14; decision 0023): {@link
 * dev.reload.privacy.DataExport} writes every record of an account into one ZIP, as JSON and as
 * CSV, with a README naming every file and column; {@link dev.reload.privacy.AccountDeletion}
 * deletes the account and every row of it in one transaction, ends its sessions and tokens and
 * removes its waiting uploads. Both work from one explicit list of what is stored, {@link
 * dev.reload.privacy.StoredData}, which also names what is left out and why. Pages and the API live
 * in {@code privacy.web}.
 */
@ApplicationModule(
        displayName = "Your data",
        allowedDependencies = {"account", "system :: security", "system :: web"})
package dev.reload.privacy;

import org.springframework.modulith.ApplicationModule;
