package dev.reload.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes a feed's content as iCalendar (RFC 5545, with RFC 7986's NAME and REFRESH-INTERVAL) with
 * ical4j; the tests hold what it writes to ical4j's validator. Every event carries the feed's revision as its SEQUENCE and the
 * time of that revision as DTSTAMP and LAST-MODIFIED, so a calendar sees each change as an update.
 */
final class ICalendarWriter {

    static final String PRODUCT = "-//Reload//Plan calendar 1.0//EN";

    /** How often a calendar app should fetch the feed again. */
    static final Duration REFRESH = Duration.ofHours(6);

    private ICalendarWriter() {}

    static String write(FeedContent content, int revision, Instant changedAt) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar(content, revision, changedAt), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static Calendar calendar(FeedContent content, int revision, Instant changedAt) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Name(content.name()));
        calendar.add(new XProperty("X-WR-CALNAME", content.name()));
        calendar.add(new Description(content.description()));
        calendar.add(new XProperty("X-WR-CALDESC", content.description()));
        // the zone that floating times (the check-in) are read in, for clients that honour it
        calendar.add(new XProperty("X-WR-TIMEZONE", content.timeZone()));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        for (FeedContent.Event event : content.events()) {
            calendar.add(event(event, revision, changedAt));
        }
        return calendar;
    }

    private static VEvent event(FeedContent.Event event, int revision, Instant changedAt) {
        VEvent vevent = event.time() == null
                ? new VEvent(event.date(), event.date().plusDays(1), event.summary())
                : new VEvent(LocalDateTime.of(event.date(), event.time()), event.length(), event.summary());
        vevent.replace(new DtStamp(changedAt));
        vevent.add(new Uid(event.uid()));
        vevent.add(new Sequence(revision));
        vevent.add(new LastModified(changedAt));
        // a plan's day leaves the person free: nothing of it blocks their calendar
        vevent.add(ImmutableTransp.TRANSPARENT);
        if (event.description() != null) {
            vevent.add(new Description(event.description()));
        }
        if (event.url() != null) {
            vevent.add(new Url(URI.create(event.url())));
        }
        if (event.daily()) {
            vevent.add(new RRule<>(new Recur<LocalDateTime>("FREQ=DAILY")));
        }
        if (event.alarm() != null) {
            VAlarm alarm = new VAlarm(Duration.ZERO);
            alarm.add(ImmutableAction.DISPLAY);
            alarm.add(new Description(event.alarm()));
            vevent.add(alarm);
        }
        return vevent;
    }
}
