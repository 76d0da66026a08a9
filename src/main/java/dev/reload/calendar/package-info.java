/**
 * The plan in the person's own calendar: a private iCalendar feed (RFC 5545) of the plan weeks
 * around today, read without signing in by whoever has its unguessable address, and revocable
 * ({@link dev.reload.calendar.CalendarFeedService}; decision 0013). The adviser lays the plan out
 * ({@link dev.reload.advice.PlanOutlookService}); this module words it ({@code PlanCalendar}),
 * keeps the feed's token and revision, and serves it. Pages and the API live in {@code calendar.web}.
 */
@ApplicationModule(
        displayName = "Calendar feed",
        allowedDependencies = {"account", "advice", "knee", "system :: security", "system :: web"})
package dev.reload.calendar;

import org.springframework.modulith.ApplicationModule;
