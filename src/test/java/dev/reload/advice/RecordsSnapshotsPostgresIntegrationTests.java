package dev.reload.advice;

import dev.reload.support.ApplicationTest;
import dev.reload.support.PostgresTest;

/** Each account's snapshot of its records, and the PL/pgSQL trigger that tells when it is out of date, on PostgreSQL; skipped when none is reachable. */
@ApplicationTest
@PostgresTest
class RecordsSnapshotsPostgresIntegrationTests extends RecordsSnapshotsContract {}
