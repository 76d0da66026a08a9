package dev.reload.calendar;

import dev.reload.support.ApplicationTest;
import dev.reload.support.PostgresTest;

/** The calendar feeds' persistence contract on PostgreSQL; skipped when none is reachable, failed under CI=true. */
@ApplicationTest
@PostgresTest
class CalendarFeedPersistencePostgresIntegrationTests extends CalendarFeedPersistenceContract {}
