package dev.reload.clinic;

import java.time.LocalDate;

import dev.reload.account.AccountId;
import dev.reload.advice.PlanHistory;
import dev.reload.advice.Standing;
import dev.reload.knee.Condition;
import dev.reload.knee.Phase;

/**
 * One row of the clinician's patient list. Without a plan, {@code condition}, {@code phase},
 * {@code light} and {@code escalation} are null and {@code planWeek} is 0.
 *
 * @param adherence target sessions done against planned over the last two ended plan weeks, in
 *     percent (null: none ended yet, or none planned)
 * @param lastEntry the day of the newest log entry (null: none)
 * @param nonResponseCaution whether R7.nonresponse's caution is armed
 */
public record PatientRow(
        AccountId accountId,
        String displayName,
        Condition condition,
        Phase phase,
        int planWeek,
        PlanHistory.Light light,
        Standing.Urgency escalation,
        boolean nonResponseCaution,
        Integer adherence,
        LocalDate lastEntry,
        LocalDate today,
        NeedOrder.Need need) {

    /** Days since the newest entry (null: none). */
    public Long daysSinceLastEntry() {
        return lastEntry == null ? null : java.time.temporal.ChronoUnit.DAYS.between(lastEntry, today);
    }
}
