package dev.reload.progress.web;

import java.math.BigDecimal;
import java.util.List;

import dev.reload.account.DistanceUnit;
import dev.reload.knee.VolumeUnit;
import dev.reload.progress.Progress;

/**
 * The progress page's volumes as the person reads them: kilometres turned into miles (two
 * decimals) where they prefer miles. The read model and the API stay in kilometres.
 */
final class ShownDistances {

    private ShownDistances() {}

    /** Whether {@code progress}'s volumes are shown in miles for a person who prefers {@code distances}. */
    static boolean inMiles(Progress progress, DistanceUnit distances) {
        return progress.plan() != null && progress.plan().unit() == VolumeUnit.KM && distances == DistanceUnit.MILES;
    }

    /** The message key of the unit the page writes: {@code unit.MILES}, else the plan's ({@code unit.KM}, …). */
    static String unitKey(Progress progress, DistanceUnit distances) {
        if (progress.plan() == null) {
            return "unit.KM";
        }
        return inMiles(progress, distances)
                ? "unit.MILES"
                : "unit." + progress.plan().unit().name();
    }

    /** {@code progress} with every volume in miles when the person prefers them, else as it is. */
    static Progress shown(Progress progress, DistanceUnit distances) {
        if (!inMiles(progress, distances)) {
            return progress;
        }
        Progress.PlanFacts plan = progress.plan();
        return new Progress(
                progress.state(),
                progress.asOf(),
                new Progress.PlanFacts(
                        plan.activity(),
                        plan.unit(),
                        miles(plan.weeklyGoal()),
                        plan.sessionsPerWeek(),
                        plan.stepPercent(),
                        plan.start(),
                        plan.currentWeek(),
                        plan.weeks()),
                progress.lines(),
                map(
                        progress.volume(),
                        w -> new Progress.VolumeWeek(
                                w.week(),
                                w.start(),
                                w.phase(),
                                miles(w.volume()),
                                miles(w.dose()),
                                miles(w.goal()),
                                miles(w.guardFrom()),
                                miles(w.guardTo()),
                                w.light(),
                                w.ended())),
                map(
                        progress.months(),
                        m -> new Progress.VolumeMonth(
                                m.month(), m.weeks(), miles(m.volume()), m.sessions(), m.redWeeks())),
                map(
                        progress.pain(),
                        d -> new Progress.PainDay(
                                d.date(), miles(d.volume()), d.painDuring(), d.painAfter(), d.nextMorningPain())),
                progress.ratio(),
                progress.strength(),
                progress.adherence());
    }

    private static double miles(double km) {
        return DistanceUnit.MILES.fromKm(BigDecimal.valueOf(km)).doubleValue();
    }

    private static Double miles(Double km) {
        return km == null ? null : miles(km.doubleValue());
    }

    private static <T> List<T> map(List<T> items, java.util.function.UnaryOperator<T> f) {
        return items.stream().map(f).toList();
    }
}
