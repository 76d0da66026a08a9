package dev.reload.log;

import dev.reload.support.ApplicationTest;
import dev.reload.support.PostgresTest;

/** The lean read of a whole log against Spring Data JDBC's mapping, on PostgreSQL; skipped when none is reachable. */
@ApplicationTest
@PostgresTest
class LogRowsPostgresIntegrationTests extends LogRowsContract {}
