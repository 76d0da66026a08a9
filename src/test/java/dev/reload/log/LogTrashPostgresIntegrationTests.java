package dev.reload.log;

import dev.reload.support.ApplicationTest;
import dev.reload.support.PostgresTest;

/**
 * Undoing a delete on PostgreSQL (V010's trash, rows inserted again with their identity ids);
 * skipped when none is reachable.
 */
@ApplicationTest
@PostgresTest
class LogTrashPostgresIntegrationTests extends LogTrashContract {}
