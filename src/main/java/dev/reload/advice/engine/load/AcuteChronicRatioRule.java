package dev.reload.advice.engine.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.reload.knee.Severity;

import static dev.reload.advice.engine.load.ActivityHistory.EPSILON;
import static dev.reload.advice.engine.load.HistoryWords.day;
import static dev.reload.advice.engine.load.HistoryWords.number;

/**
 * R6.acwr: a week is flagged by the highest exponentially weighted acute:chronic ratio of its days
 * (Williams 2017): high from 1.5, caution above 1.3, under-loaded (info) below 0.8. No flag while
 * the ratio warms up (28 days) or without chronic load. The thresholds are disputed (Impellizzeri
 * 2020): the finding calls itself a flag, not a verdict.
 */
final class AcuteChronicRatioRule implements HistoryRule {

    static final String ID = "R6.acwr";
    static final String SOURCE =
            "Williams et al. 2017 (Br J Sports Med 51:209–210, the weighted ratio); Gabbett 2016 (Br J Sports Med"
                    + " 50:273–280); Impellizzeri et al. 2020 (Int J Sports Physiol Perform 15:907–913)";
    static final String EVIDENCE =
            "Disputed: the ratio and its thresholds are debated (Impellizzeri 2020). This is a flag to look at,"
                    + " not a verdict.";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<HistoryFinding> findings(ActivityHistory history) {
        List<HistoryFinding> findings = new ArrayList<>();
        HistoryKnobs knobs = history.knobs();
        for (HistoryWeek week : history.weeks()) {
            LocalDate highestDay = history.peakRatioDay(week.start());
            if (highestDay == null) {
                continue;
            }
            double highest = history.acuteChronicRatio(highestDay);
            Optional<Severity> severity = classify(highest, knobs);
            if (severity.isEmpty()) {
                continue;
            }
            String ratio = String.format(Locale.ROOT, "%.2f", highest);
            String message = severity.get() == Severity.INFO
                    ? "In the week of " + day(week.start()) + " your " + history.activityName()
                            + " load stayed well below what you"
                            + " had been used to: the acute:chronic ratio was at most " + ratio + " (under "
                            + number(knobs.acwrUnder()) + "). Coming back from such a dip, build up gradually."
                    : "In the week of " + day(week.start()) + " your recent " + history.activityName()
                            + " load was high against"
                            + " what you had been used to: the acute:chronic ratio reached " + ratio + " on "
                            + day(highestDay) + " (flag above " + number(knobs.acwrCaution()) + ", high from "
                            + number(knobs.acwrHigh()) + ").";
            findings.add(new HistoryFinding(
                    ID,
                    severity.get(),
                    HistoryFinding.Scope.WEEK,
                    week.start(),
                    history.activity(),
                    message,
                    SOURCE,
                    EVIDENCE));
        }
        return findings;
    }

    /** HIGH from the high threshold, CAUTION above the caution one, INFO (under-loaded) below the low one. */
    static Optional<Severity> classify(double acuteChronicRatio, HistoryKnobs knobs) {
        if (acuteChronicRatio >= knobs.acwrHigh() - EPSILON) {
            return Optional.of(Severity.HIGH);
        }
        if (acuteChronicRatio > knobs.acwrCaution() + EPSILON) {
            return Optional.of(Severity.CAUTION);
        }
        if (acuteChronicRatio < knobs.acwrUnder() - EPSILON) {
            return Optional.of(Severity.INFO);
        }
        return Optional.empty();
    }
}
