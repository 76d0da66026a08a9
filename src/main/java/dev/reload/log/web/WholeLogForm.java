package dev.reload.log.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import dev.reload.knee.Activity;
import dev.reload.log.LogFilter;
import dev.reload.log.LogSource;

/**
 * What the whole log page is asked for, as plain GET parameters: the filters, a page ({@code before}
 * or {@code after} a date), or a month and year to go to. A value that cannot be read is left out
 * and reported on its field.
 */
public class WholeLogForm {

    private Activity activity;
    private LogSource source;
    private Long importId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate before;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate after;

    private Integer month;
    private Integer year;

    LogFilter filter() {
        return new LogFilter(activity, source, importId);
    }

    /**
     * The page's upper bound: the day after the month (or the year) to go to, else {@code before}.
     * Null when neither is asked for.
     */
    LocalDate pageBefore() {
        if (year != null) {
            return month == null
                    ? LocalDate.of(year + 1, 1, 1)
                    : LocalDate.of(year, month, 1).plusMonths(1);
        }
        return before;
    }

    /** {@code after}, unless a month, a year or {@code before} asks for older days. */
    LocalDate pageAfter() {
        return pageBefore() == null ? after : null;
    }

    /** The address of this very page: its filters and its page, for a form that comes back to it. */
    String here() {
        LocalDate before = pageBefore();
        LocalDate after = pageAfter();
        return before != null ? link("before", before) : link("after", after);
    }

    /** The address of this page's filters with another page: {@code before} or {@code after} a day. */
    String link(String bound, LocalDate day) {
        return LogLinks.page(WholeLogController.PATH, filter(), bound, day);
    }

    public Activity getActivity() {
        return activity;
    }

    public void setActivity(Activity activity) {
        this.activity = activity;
    }

    public LogSource getSource() {
        return source;
    }

    public void setSource(LogSource source) {
        this.source = source;
    }

    public Long getImportId() {
        return importId;
    }

    public void setImportId(Long importId) {
        this.importId = importId;
    }

    public LocalDate getBefore() {
        return before;
    }

    public void setBefore(LocalDate before) {
        this.before = before;
    }

    public LocalDate getAfter() {
        return after;
    }

    public void setAfter(LocalDate after) {
        this.after = after;
    }

    public Integer getMonth() {
        return month;
    }

    public void setMonth(Integer month) {
        this.month = month;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
