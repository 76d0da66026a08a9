package dev.reload.log;

import dev.reload.support.ApplicationTest;

/** Undoing a delete on the embedded H2 database (PostgreSQL mode), as the app runs by default. */
@ApplicationTest
class LogTrashH2IntegrationTests extends LogTrashContract {}
