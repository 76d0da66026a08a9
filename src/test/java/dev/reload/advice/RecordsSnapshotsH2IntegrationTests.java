package dev.reload.advice;

import dev.reload.support.ApplicationTest;

/** Each account's snapshot of its records, and the trigger that tells when it is out of date, on the embedded H2 database. */
@ApplicationTest
class RecordsSnapshotsH2IntegrationTests extends RecordsSnapshotsContract {}
