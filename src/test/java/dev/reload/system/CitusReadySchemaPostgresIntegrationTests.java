package dev.reload.system;

import dev.reload.support.ApplicationTest;
import dev.reload.support.PostgresTest;

/** Ready for Citus, on PostgreSQL, the database Citus extends; skipped when none is reachable, failed under CI=true. */
@ApplicationTest
@PostgresTest
class CitusReadySchemaPostgresIntegrationTests extends CitusReadySchemaContract {}
