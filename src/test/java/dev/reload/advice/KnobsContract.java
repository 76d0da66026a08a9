package dev.reload.advice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.reload.account.AccountId;
import dev.reload.account.AccountService;
import dev.reload.account.AccountService.Registration;
import dev.reload.account.Role;
import dev.reload.advice.engine.Advice;
import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.Knob;
import dev.reload.knee.Phase;
import dev.reload.knee.VolumeUnit;
import dev.reload.log.CheckInEntry;
import dev.reload.log.CheckInService;
import dev.reload.log.SessionEntry;
import dev.reload.log.SessionService;
import dev.reload.plan.KnobChange;
import dev.reload.plan.PlanEntry;
import dev.reload.plan.PlanKnobs;
import dev.reload.plan.PlanService;
import dev.reload.plan.PlanTuning;
import dev.reload.plan.ProposedKnobs;
import dev.reload.system.web.InvalidFieldException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The plan's knobs stored, changed and logged (issue 13, point 3), and the what-if on a copy
 * (point 5), the same on every database Reload runs on (subclasses pick it). The plan: a return to
 * running, three green 4 km runs in week 1, so that week 2 progresses by the step.
 */
abstract class KnobsContract {

    static final LocalDate START = LocalDate.of(2026, 2, 16);
    static final LocalDate WEEK_TWO = START.plusWeeks(1);
    static final List<String> TABLES = List.of("plan", "knob_change", "activity_session", "check_in");

    @Autowired
    private AccountService accounts;

    @Autowired
    private PlanService plans;

    @Autowired
    private PlanTuning tuning;

    @Autowired
    private WhatIf whatIf;

    @Autowired
    private AdviceService advice;

    @Autowired
    private SessionService sessions;

    @Autowired
    private CheckInService checkIns;

    @Autowired
    private JdbcTemplate jdbc;

    private AccountId patient;
    private AccountId clinician;

    @BeforeEach
    void aPlanWithAGreenFirstWeek() {
        patient = register("Pat", Role.PATIENT);
        clinician = register("Dr Jane Smith", Role.CLINICIAN);
        plans.create(
                patient,
                new PlanEntry(
                        Condition.PATELLOFEMORAL_PAIN,
                        Activity.RUN,
                        VolumeUnit.KM,
                        START,
                        new BigDecimal("30"),
                        3,
                        null,
                        new BigDecimal("3"),
                        Phase.RETURN,
                        null,
                        null));
        for (int day : new int[] {0, 2, 4}) {
            sessions.add(
                    patient,
                    new SessionEntry(
                            START.plusDays(day),
                            Activity.RUN,
                            new BigDecimal("4"),
                            4,
                            2,
                            2,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null));
        }
        for (int day = 0; day <= 7; day++) {
            checkIns.add(patient, new CheckInEntry(START.plusDays(day), 1, null, null, null, null));
        }
    }

    @Test
    void aPlanNeverTunedHasItsOwnStepAndSessionsAndTheRulesDefaults() {
        PlanKnobs knobs = tuning.knobs(patient).orElseThrow();

        assertThat(knobs.stepPercent()).isEqualByComparingTo("10");
        assertThat(knobs.sessionsPerWeek()).isEqualTo(3);
        assertThat(knobs.stopPain()).isEqualTo(6);
        assertThat(knobs.deloadEveryWeeks()).isEqualTo(4);
        assertThat(knobs.deloadPercent()).isEqualByComparingTo("70");
        assertThat(knobs.strengthProgressPercent()).isEqualByComparingTo("10");
        assertThat(knobs.strengthRegressPercent()).isEqualByComparingTo("20");
        assertThat(knobs.exercises()).startsWith("CLAMSHELL").hasSize(9);
        assertThat(tuning.changes(patient)).isEmpty();
    }

    @Test
    void aChangeStoresTheKnobsThatDifferWithOneRecordEachNewestFirst() {
        tuning.change(
                patient, clinician, new ProposedKnobs(new BigDecimal("7.0"), null, 6, null, null, null, null, null));
        List<KnobChange> second = tuning.change(
                patient,
                clinician,
                new ProposedKnobs(
                        null, 4, null, null, new BigDecimal("65.5"), null, null, List.of("SPLIT_SQUAT", "CLAMSHELL")));

        assertThat(second)
                .extracting(KnobChange::knob)
                .containsExactly(Knob.SESSIONS_PER_WEEK, Knob.DELOAD_PERCENT, Knob.EXERCISES);
        PlanKnobs knobs = tuning.knobs(patient).orElseThrow();
        assertThat(knobs.stepPercent()).isEqualByComparingTo("7");
        assertThat(knobs.sessionsPerWeek()).isEqualTo(4);
        assertThat(knobs.deloadPercent()).isEqualByComparingTo("65.5");
        assertThat(knobs.exercises()).containsExactly("CLAMSHELL", "SPLIT_SQUAT");
        assertThat(plans.active(patient).orElseThrow().entry().sessionsPerWeek())
                .isEqualTo(4);

        List<KnobChange> log = tuning.changes(patient);
        assertThat(log).hasSize(4);
        assertThat(log).extracting(KnobChange::changedByName).containsOnly("Dr Jane Smith");
        assertThat(log).extracting(KnobChange::changedByRole).containsOnly(Role.CLINICIAN);
        assertThat(log.get(log.size() - 1).knob()).isEqualTo(Knob.STEP_PERCENT);
        assertThat(log.get(log.size() - 1).oldValue()).isEqualTo("10");
        assertThat(log.get(log.size() - 1).newValue()).isEqualTo("7");
        assertThat(log.get(0).changedAt())
                .isAfterOrEqualTo(log.get(log.size() - 1).changedAt());
        assertThat(log)
                .filteredOn(c -> c.knob() == Knob.EXERCISES)
                .singleElement()
                .satisfies(c -> assertThat(c.newValue()).isEqualTo("CLAMSHELL,SPLIT_SQUAT"));
        assertThat(rows("knob_change")).isEqualTo(4);
    }

    @Test
    void theWholeProgrammeChosenAgainIsNoChoiceAndTheSameValuesChangeNothing() {
        PlanKnobs before = tuning.knobs(patient).orElseThrow();

        assertThat(tuning.change(patient, clinician, ProposedKnobs.of(before))).isEmpty();
        assertThat(rows("knob_change")).isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM plan WHERE account_id = ? AND exercises IS NULL",
                        Long.class,
                        patient.value()))
                .isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} = {1} is refused")
    @CsvSource({
        "stepPercent, 4.99",
        "stepPercent, 15.01",
        "stepPercent, 7.125",
        "sessionsPerWeek, 0",
        "sessionsPerWeek, 15",
        "stopPain, 4",
        "stopPain, 8",
        "deloadEveryWeeks, 2",
        "deloadEveryWeeks, 7",
        "deloadPercent, 59.99",
        "deloadPercent, 80.01",
        "strengthProgressPercent, 4.99",
        "strengthProgressPercent, 10.01",
        "strengthRegressPercent, 9.99",
        "strengthRegressPercent, 20.01"
    })
    void aValueOutsideItsBoundsIsRefusedNamingTheKnobAndNothingIsStored(String knob, BigDecimal value) {
        Map<String, Long> before = counts();
        PlanKnobs knobs = tuning.knobs(patient).orElseThrow();

        assertThatThrownBy(() -> tuning.change(patient, clinician, proposing(knob, value)))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .satisfies(p -> assertThat(p.field()).isEqualTo(knob)));
        assertThatThrownBy(() -> whatIf.ask(patient, WEEK_TWO, proposing(knob, value)))
                .isInstanceOf(InvalidFieldException.class);
        assertThat(counts()).isEqualTo(before);
        assertThat(tuning.knobs(patient)).contains(knobs);
    }

    @Test
    void exercisesOutsideTheProgrammeOrNoneAtAllAreRefused() {
        for (List<String> choice : List.of(List.<String>of(), List.of("SQUAT"), List.of("CLAMSHELL", "CLAMSHELL"))) {
            assertThatThrownBy(() -> tuning.change(
                            patient, clinician, new ProposedKnobs(null, null, null, null, null, null, null, choice)))
                    .isInstanceOfSatisfying(
                            InvalidFieldException.class,
                            e -> assertThat(e.problems())
                                    .extracting(InvalidFieldException.FieldProblem::field)
                                    .containsExactly("exercises"));
        }
        assertThat(rows("knob_change")).isZero();
    }

    @Test
    void theAdviserUsesTheChangedKnobsFromTheNextRequest() {
        Advice before = advice.adviceFor(patient, WEEK_TWO).orElseThrow();
        tuning.change(
                patient,
                clinician,
                new ProposedKnobs(new BigDecimal("5"), null, null, null, null, null, null, List.of("BRIDGE")));
        Advice after = advice.adviceFor(patient, WEEK_TWO).orElseThrow();

        assertThat(before.nextWeek().volume()).isEqualTo(13.0);
        assertThat(after.nextWeek().volume()).isEqualTo(12.5);
        assertThat(after.programme().exercises()).containsExactly("BRIDGE");
    }

    @Test
    void aWhatIfWithTheStoredKnobsIsTheStoredAdvice() {
        WhatIfAnswer answer = whatIf.ask(patient, WEEK_TWO, ProposedKnobs.NONE);

        assertThat(answer.whatIf()).isEqualTo(answer.current());
        assertThat(answer.differences()).isEmpty();
        assertThat(answer.current())
                .isEqualTo(WhatIfAdvice.of(advice.adviceFor(patient, WEEK_TWO).orElseThrow(), VolumeUnit.KM));
        assertThat(answer.proposedKnobs()).isEqualTo(answer.currentKnobs());
    }

    @Test
    void aWhatIfWithASmallerStepShowsASmallerNextWeekAndStoresNothing() {
        Map<String, Long> before = counts();
        PlanKnobs knobs = tuning.knobs(patient).orElseThrow();

        WhatIfAnswer answer = whatIf.ask(
                patient, WEEK_TWO, new ProposedKnobs(new BigDecimal("5"), null, null, null, null, null, null, null));

        assertThat(answer.current().nextWeekVolume()).isEqualByComparingTo("13");
        assertThat(answer.whatIf().nextWeekVolume()).isEqualByComparingTo("12.5");
        assertThat(answer.whatIf().nextWeekDecision()).isEqualTo("PROGRESS");
        assertThat(answer.differences())
                .extracting(WhatIfAnswer.WhatIfDifference::what)
                .contains("nextWeek")
                .doesNotContain("light", "phase");
        assertThat(answer.differences())
                .filteredOn(d -> d.what().equals("nextWeek"))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.current()).isEqualTo("13 KM, PROGRESS");
                    assertThat(d.whatIf()).isEqualTo("12.5 KM, PROGRESS");
                });
        assertThat(counts()).isEqualTo(before);
        assertThat(tuning.knobs(patient)).contains(knobs);
        assertThat(advice.adviceFor(patient, WEEK_TWO).orElseThrow().nextWeek().volume())
                .isEqualTo(13.0);
    }

    @Test
    void aChangeByThePatientIsMarkedAsTheirs() {
        tuning.change(patient, patient, new ProposedKnobs(null, null, 7, null, null, null, null, null));
        assertThat(tuning.changes(patient)).singleElement().satisfies(c -> {
            assertThat(c.byOwner(patient)).isTrue();
            assertThat(c.changedAt()).isBefore(Instant.now().plusSeconds(60));
        });
    }

    private static ProposedKnobs proposing(String knob, BigDecimal value) {
        Integer whole = value.stripTrailingZeros().scale() <= 0 ? value.intValueExact() : null;
        return new ProposedKnobs(
                knob.equals("stepPercent") ? value : null,
                knob.equals("sessionsPerWeek") ? whole : null,
                knob.equals("stopPain") ? whole : null,
                knob.equals("deloadEveryWeeks") ? whole : null,
                knob.equals("deloadPercent") ? value : null,
                knob.equals("strengthProgressPercent") ? value : null,
                knob.equals("strengthRegressPercent") ? value : null,
                null);
    }

    private Map<String, Long> counts() {
        return Map.of(
                "plan",
                rows("plan"),
                "knob_change",
                rows("knob_change"),
                "activity_session",
                rows("activity_session"),
                "check_in",
                rows("check_in"),
                "plan_state",
                jdbc.queryForObject(
                        "SELECT COUNT(*) FROM plan WHERE account_id = ? AND progression_percent = 10"
                                + " AND sessions_per_week = 3 AND stop_pain = 6 AND exercises IS NULL",
                        Long.class,
                        patient.value()));
    }

    private long rows(String table) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM " + table + " WHERE account_id = ?", Long.class, patient.value());
    }

    private AccountId register(String name, Role role) {
        return accounts.register(new Registration(
                        "knobs-" + UUID.randomUUID() + "@example.org", name, "amber-tundra-whistle", role))
                .id();
    }
}
