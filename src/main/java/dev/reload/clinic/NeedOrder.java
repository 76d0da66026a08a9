package dev.reload.clinic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Locale;

/**
 * The patient list's order by need (issue 13): an escalation first, then a red light in the last 7
 * days, then missed logs (no entry for {@value #MISSED_DAYS} days or more, or none at all), then
 * the rest; within each, by name. Pure: the rows carry what it needs.
 */
public final class NeedOrder {

    /** Days without an entry that count as missed logs: the last entry this many days ago or longer. */
    public static final int MISSED_DAYS = 3;

    /** Most urgent first. */
    public enum Need {
        ESCALATION,
        RED_LIGHT,
        MISSED_LOGS,
        NONE
    }

    /** The list's order: by need, then by name (case aside), then by account id. */
    public static final Comparator<PatientRow> ORDER = Comparator.comparing(PatientRow::need)
            .thenComparing(row -> row.displayName().toLowerCase(Locale.ROOT))
            .thenComparing(row -> row.accountId().value());

    private NeedOrder() {}

    /**
     * A patient's need on {@code today}.
     *
     * @param escalation whether the adviser sends them to a clinician (or to urgent care)
     * @param redLight whether today's light, over the last 7 days, is red
     * @param lastEntry the day of their newest log entry (null: none)
     */
    public static Need need(boolean escalation, boolean redLight, LocalDate lastEntry, LocalDate today) {
        if (escalation) {
            return Need.ESCALATION;
        }
        if (redLight) {
            return Need.RED_LIGHT;
        }
        if (missedLogs(lastEntry, today)) {
            return Need.MISSED_LOGS;
        }
        return Need.NONE;
    }

    static boolean missedLogs(LocalDate lastEntry, LocalDate today) {
        return lastEntry == null || ChronoUnit.DAYS.between(lastEntry, today) >= MISSED_DAYS;
    }
}
