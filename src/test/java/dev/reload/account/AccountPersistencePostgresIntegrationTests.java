package dev.reload.account;

import dev.reload.support.ApplicationTest;
import dev.reload.support.PostgresTest;

/** The persistence contract on PostgreSQL; skipped when none is reachable, failed under CI=true. */
@ApplicationTest
@PostgresTest
class AccountPersistencePostgresIntegrationTests extends AccountPersistenceContract {}
