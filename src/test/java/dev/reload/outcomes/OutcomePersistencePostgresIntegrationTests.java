package dev.reload.outcomes;

import dev.reload.support.ApplicationTest;
import dev.reload.support.PostgresTest;

/** Outcome storage on PostgreSQL (V011's tables, keys and checks); skipped when none is reachable. */
@ApplicationTest
@PostgresTest
class OutcomePersistencePostgresIntegrationTests extends OutcomePersistenceContract {}
