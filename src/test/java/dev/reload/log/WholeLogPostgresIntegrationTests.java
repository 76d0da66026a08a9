package dev.reload.log;

import dev.reload.support.ApplicationTest;
import dev.reload.support.PostgresTest;

/** The whole log's queries on PostgreSQL (the V009 indexes, the UNION of the three tables); skipped when none is reachable. */
@ApplicationTest
@PostgresTest
class WholeLogPostgresIntegrationTests extends WholeLogContract {}
