package dev.reload.log;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.reload.account.AccountId;
import dev.reload.log.LogEntries.Direction;
import dev.reload.system.web.InvalidFieldException;

/**
 * The whole log: every session (logged or imported), strength entry and check-in ever made, by
 * day, newest first, a page of whole days at a time. Pages are found by their dates (keyset
 * paging): a page before a date, or after one, so a page stays the same while entries are added
 * elsewhere, and jumping to a month years ago reads no more than going one page back.
 */
@Service
public class WholeLogService {

    /** How many days that have an entry one page holds. */
    public static final int DAYS_PER_PAGE = 30;

    private final LogEntries entries;
    private final StrengthSetRepository strength;
    private final CheckInRepository checkIns;

    WholeLogService(LogEntries entries, StrengthSetRepository strength, CheckInRepository checkIns) {
        this.entries = entries;
        this.strength = strength;
        this.checkIns = checkIns;
    }

    /**
     * The page of days strictly before {@code before}, or strictly after {@code after}, or (both
     * null) the newest page.
     *
     * @throws InvalidFieldException naming {@code after} when both are given
     */
    @Transactional(readOnly = true)
    public LogPage page(AccountId owner, LogFilter filter, LocalDate before, LocalDate after) {
        if (before != null && after != null) {
            throw new InvalidFieldException("after", "cannot be combined with before: ask for one page at a time");
        }
        long account = owner.value();
        Direction direction = after != null ? Direction.NEWER : Direction.OLDER;
        LocalDate bound = after != null ? after : before;
        List<LocalDate> days = entries.days(account, filter, direction, bound, DAYS_PER_PAGE + 1);
        boolean more = days.size() > DAYS_PER_PAGE;
        List<LocalDate> shown = new ArrayList<>(more ? days.subList(0, DAYS_PER_PAGE) : days);
        if (direction == Direction.NEWER) {
            shown.sort(Comparator.reverseOrder());
        }
        LocalDate newest = shown.isEmpty() ? null : shown.get(0);
        LocalDate oldest = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        LocalDate olderBefore;
        LocalDate newerAfter;
        if (direction == Direction.OLDER) {
            olderBefore = more ? oldest : null;
            LocalDate from = newest != null ? newest : bound == null ? null : bound.minusDays(1);
            newerAfter = from != null && any(account, filter, Direction.NEWER, from) ? from : null;
        } else {
            newerAfter = more ? newest : null;
            LocalDate from = oldest != null ? oldest : bound.plusDays(1);
            olderBefore = any(account, filter, Direction.OLDER, from) ? from : null;
        }
        return new LogPage(days(account, filter, shown), olderBefore, newerAfter);
    }

    /** The day of the first entry ever made or imported, if there is one. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> firstDay(AccountId owner) {
        return entries.firstDay(owner.value());
    }

    /** The day of the newest entry of any kind on or before {@code day}, if there is one. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> lastDay(AccountId owner, LocalDate day) {
        return entries.days(owner.value(), LogFilter.EVERYTHING, Direction.OLDER, day.plusDays(1), 1).stream()
                .findFirst();
    }

    private boolean any(long account, LogFilter filter, Direction direction, LocalDate bound) {
        return !entries.days(account, filter, direction, bound, 1).isEmpty();
    }

    /** The entries of these days (newest first), grouped by day as {@link LogDay} orders them. */
    private List<LogDay> days(long account, LogFilter filter, List<LocalDate> shown) {
        if (shown.isEmpty()) {
            return List.of();
        }
        LocalDate from = shown.get(shown.size() - 1);
        LocalDate to = shown.get(0);
        Map<LocalDate, List<LogEntry>> byDay = new LinkedHashMap<>();
        shown.forEach(day -> byDay.put(day, new ArrayList<>()));
        for (StoredSession s : entries.sessions(account, filter, from, to)) {
            add(byDay, LogEntry.of(SessionView.of(s)));
        }
        if (!filter.sessionsOnly()) {
            List<StoredStrengthSet> sets =
                    new ArrayList<>(strength.findByAccountIdAndDateBetweenOrderByDateAscIdAsc(account, from, to));
            sets.sort(Comparator.comparing(StoredStrengthSet::createdAt)
                    .thenComparing(StoredStrengthSet::id)
                    .reversed());
            sets.forEach(set -> add(byDay, LogEntry.of(StrengthView.of(set))));
            checkIns.findByAccountIdAndDateBetweenOrderByDateAsc(account, from, to)
                    .forEach(c -> add(byDay, LogEntry.of(CheckInView.of(c))));
        }
        return byDay.entrySet().stream()
                .map(day -> new LogDay(day.getKey(), day.getValue()))
                .toList();
    }

    /** Adds an entry to its day; one stored on another day since the days were read waits for the next look. */
    private static void add(Map<LocalDate, List<LogEntry>> byDay, LogEntry entry) {
        List<LogEntry> day = byDay.get(entry.date());
        if (day != null) {
            day.add(entry);
        }
    }
}
