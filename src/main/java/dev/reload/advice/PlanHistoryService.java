package dev.reload.advice;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import dev.reload.account.AccountId;
import dev.reload.advice.engine.AdviceEngine;
import dev.reload.advice.engine.IndexedLog;
import dev.reload.advice.engine.PlanWeek;
import dev.reload.advice.engine.load.HistoryKnobs;
import dev.reload.advice.engine.load.HistorySession;
import dev.reload.advice.engine.load.LoadMetrics;
import dev.reload.knee.ExerciseLibrary;
import dev.reload.log.CheckInView;
import dev.reload.log.SessionView;
import dev.reload.log.StrengthView;
import dev.reload.plan.PlanEntry;
import dev.reload.plan.PlanService.PlanView;
import dev.reload.plan.PlanService.ScreeningView;

/**
 * A plan's course as the adviser sees it ({@link PlanHistory}), for charts: the plan and the log are
 * read once, the engine walks the plan weeks (the same walk as the advice), and R6's arithmetic gives
 * the daily load and acute:chronic ratio.
 */
@Service
public class PlanHistoryService {

    /** The lines of R1 and R6.acwr, with the rules' own numbers. */
    static final PlanHistory.Lines LINES = new PlanHistory.Lines(
            PlanWeek.AMBER_PAIN,
            PlanWeek.RED_PAIN,
            HistoryKnobs.DEFAULTS.acwrUnder(),
            HistoryKnobs.DEFAULTS.acwrCaution(),
            HistoryKnobs.DEFAULTS.acwrHigh());

    private final AdviceEngine engine;
    private final StoredRecordsReader records;

    PlanHistoryService(AdviceEngine engine, StoredRecordsReader records) {
        this.engine = engine;
        this.records = records;
    }

    /** The account's active plan's course up to {@code asOf}, or empty when it has no plan. */
    public Optional<PlanHistory> history(AccountId owner, LocalDate asOf) {
        return records.read(owner).map(stored -> history(engine, stored, asOf));
    }

    /**
     * The course of a plan from records in memory (what {@link #history} does after reading them;
     * for benchmarks and tests).
     */
    public static PlanHistory history(
            ExerciseLibrary library,
            PlanView plan,
            List<SessionView> sessions,
            List<CheckInView> checkIns,
            List<StrengthView> strength,
            LocalDate asOf) {
        return history(
                new AdviceEngine(library),
                new StoredRecords(plan, List.<ScreeningView>of(), sessions, checkIns, strength),
                asOf);
    }

    static PlanHistory history(AdviceEngine engine, StoredRecords stored, LocalDate asOf) {
        PlanEntry entry = stored.plan().entry();
        EngineInputs inputs = EngineInputs.of(stored);
        IndexedLog indexed = engine.index(inputs.on(asOf));
        List<PlanHistory.Week> weeks = asOf.isBefore(entry.startDate())
                ? List.of()
                : engine.planWeeks(indexed, asOf).stream()
                        .map(PlanHistoryService::week)
                        .toList();
        return new PlanHistory(
                asOf,
                entry.startDate(),
                entry.targetActivity(),
                entry.unit(),
                entry.weeklyGoal().doubleValue(),
                entry.sessionsPerWeek(),
                inputs.plan().progressionPercent(),
                engine.library()
                        .programmeFor(entry.condition())
                        .narrowedTo(inputs.knobs().exercises()),
                weeks,
                days(stored, entry, asOf),
                stored.strength().stream().filter(s -> !s.date().isAfter(asOf)).toList(),
                LINES);
    }

    private static PlanHistory.Week week(PlanWeek w) {
        return new PlanHistory.Week(
                w.week(),
                w.start(),
                w.phase(),
                w.dose(),
                w.decision().name(),
                w.volume(),
                w.sessions(),
                w.green(),
                w.amber(),
                w.red(),
                w.pending(),
                w.light() == null ? null : PlanHistory.Light.valueOf(w.light().name()),
                w.guardFrom(),
                w.guardTo(),
                w.strengthDays(),
                w.ended());
    }

    /** Every day from the first target session (or the plan's start) to {@code asOf}. */
    private static List<PlanHistory.Day> days(StoredRecords stored, PlanEntry entry, LocalDate asOf) {
        List<SessionView> target = stored.sessions().stream()
                .filter(s -> s.activity() == entry.targetActivity() && !s.date().isAfter(asOf))
                .toList();
        LocalDate first = entry.startDate();
        if (!target.isEmpty() && target.get(0).date().isBefore(first)) {
            first = target.get(0).date();
        }
        if (asOf.isBefore(first)) {
            return List.of();
        }
        int length = (int) ChronoUnit.DAYS.between(first, asOf) + 1;
        double[] volume = new double[length];
        double[] load = new double[length];
        int[] sessions = new int[length];
        Integer[] painDuring = new Integer[length];
        Integer[] painAfter = new Integer[length];
        Integer[] morning = new Integer[length + 1];
        for (SessionView s : target) {
            int i = (int) ChronoUnit.DAYS.between(first, s.date());
            HistorySession session = HistorySession.of(EngineInputs.session(s));
            volume[i] += session.volume();
            load[i] += session.sessionLoad();
            sessions[i]++;
            painDuring[i] = worse(painDuring[i], s.painDuring());
            painAfter[i] = worse(painAfter[i], s.painDuring() == null ? null : s.painAfter());
        }
        for (CheckInView c : stored.checkIns()) {
            long i = ChronoUnit.DAYS.between(first, c.date());
            if (i >= 0 && i <= length) {
                morning[(int) i] = c.morningPain();
            }
        }
        // the ratio counts from the activity's first session, as R6 does; days before it have none
        int offset = target.isEmpty()
                ? length
                : (int) ChronoUnit.DAYS.between(first, target.get(0).date());
        Double[] ratio = LoadMetrics.acuteChronicRatioEwma(Arrays.copyOfRange(load, offset, length));
        List<PlanHistory.Day> days = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            LocalDate day = first.plusDays(i);
            boolean nextKnown = day.isBefore(asOf);
            days.add(new PlanHistory.Day(
                    day,
                    volume[i],
                    load[i],
                    sessions[i],
                    painDuring[i],
                    painAfter[i],
                    nextKnown ? morning[i + 1] : null,
                    i >= offset ? ratio[i - offset] : null));
        }
        return days;
    }

    private static Integer worse(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.max(a, b);
    }
}
