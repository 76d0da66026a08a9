package dev.reload.calendar;

import dev.reload.support.ApplicationTest;

/** The calendar feeds' persistence contract on the embedded H2 database (PostgreSQL mode). */
@ApplicationTest
class CalendarFeedPersistenceH2IntegrationTests extends CalendarFeedPersistenceContract {}
