package dev.reload.clinic;

import dev.reload.support.ApplicationTest;
import dev.reload.support.PostgresTest;

/** The clinic's persistence contract on PostgreSQL; skipped when none is reachable, failed under CI=true. */
@ApplicationTest
@PostgresTest
class ClinicPersistencePostgresIntegrationTests extends ClinicPersistenceContract {}
