package dev.reload;

import dev.reload.support.PostgresTest;

/** The refused writes again on PostgreSQL: its numeric and date columns, its transactions. */
@PostgresTest
class RefusedWritesPostgresIntegrationTests extends RefusedWritesIntegrationTests {}
