package dev.reload.history.web;

import dev.reload.support.PostgresTest;

/** The import API tests again on PostgreSQL: the V007 migration, the job's SQL and the per-activity transactions. */
@PostgresTest
class ImportApiPostgresIntegrationTests extends ImportApiIntegrationTests {}
