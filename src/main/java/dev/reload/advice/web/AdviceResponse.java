package dev.reload.advice.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.reload.advice.engine.Advice;
import dev.reload.advice.engine.DoseDecision;
import dev.reload.advice.engine.Escalation;
import dev.reload.advice.engine.Light;
import dev.reload.advice.engine.Response;
import dev.reload.advice.engine.SessionDecision;
import dev.reload.advice.engine.StrengthDecision;
import dev.reload.knee.Activity;
import dev.reload.knee.ContributorKind;
import dev.reload.knee.Phase;
import dev.reload.knee.Programme;
import dev.reload.knee.Severity;
import dev.reload.knee.VolumeUnit;

/** The advice (api.md, "Advice preview", response 200). */
@Schema(description = "The adviser's answer for asOf")
record AdviceResponse(
        LocalDate asOf,
        Phase phase,

        @Schema(description = "Worst 24-hour response of the last 7 days, or RED while escalation is not NONE")
        Light light,

        Escalation escalation,

        @Schema(description = "R1 class of the most recent target session; null without one", nullable = true)
        Response lastSessionResponse,

        @Schema(
                description = "Dose for the plan week holding asOf (if asOf starts it) or the next; null when URGENT"
                        + " or R7.bone-stress applies",
                nullable = true)
        NextWeek nextWeek,

        @Schema(
                description = "R3.next-session: the next target-activity session on or after asOf; volume null for"
                        + " REST, DONE and CROSS_TRAIN; null exactly when nextWeek is null for escalation or bone"
                        + " stress",
                nullable = true,
                example = "{\"activity\": \"RUN\", \"volume\": 4.0, \"unit\": \"KM\", \"decision\": \"TRY\","
                        + " \"weekDose\": 13.0, \"doneThisWeek\": 0.0}")
        NextSessionEntry nextSession,

        List<StrengthEntry> strength,
        List<ContributorEntry> contributors,
        List<FindingEntry> findings,

        @Schema(description = "The R5 strength programme for the plan's condition")
        ProgrammeEntry programme) {

    record NextWeek(int week, Activity activity, BigDecimal volume, VolumeUnit unit, DoseDecision decision) {}

    @Schema(description = "The next target-activity session (rules.md R3.next-session)")
    record NextSessionEntry(
            Activity activity,

            @Schema(nullable = true, description = "null for REST, DONE and CROSS_TRAIN", example = "4.0")
            BigDecimal volume,

            VolumeUnit unit,
            SessionDecision decision,

            @Schema(description = "The dose in force for the plan week holding asOf", example = "13.0")
            BigDecimal weekDose,

            @Schema(description = "The target volume logged in that week on or before asOf", example = "0.0")
            BigDecimal doneThisWeek) {}

    @Schema(name = "StrengthAdvice", description = "One exercise of the log: the R5 decision and the next prescription")
    record StrengthEntry(String exercise, StrengthDecision decision, Next next) {}

    @Schema(
            name = "StrengthPrescription",
            description =
                    "The prescription for the exercise's next session (no date); exercise names the variant to do")
    record Next(
            int sets,
            int reps,
            BigDecimal loadKg,
            String exercise,
            @Schema(nullable = true) Integer holdSec) {}

    record ContributorEntry(ContributorKind id, String evidence, List<String> exercises) {}

    record FindingEntry(String rule, Severity severity, String message, String source) {}

    record ProgrammeEntry(String id, String name, String sessionsPerWeek, String dose, List<String> exercises) {}

    static AdviceResponse from(Advice advice) {
        Programme p = advice.programme();
        return new AdviceResponse(
                advice.asOf(),
                advice.phase(),
                advice.light(),
                advice.escalation(),
                advice.lastSessionResponse(),
                advice.nextWeek() == null
                        ? null
                        : new NextWeek(
                                advice.nextWeek().week(),
                                advice.nextWeek().activity(),
                                volume(
                                        advice.nextWeek().volume(),
                                        advice.nextWeek().unit()),
                                advice.nextWeek().unit(),
                                advice.nextWeek().decision()),
                advice.nextSession() == null
                        ? null
                        : new NextSessionEntry(
                                advice.nextSession().activity(),
                                advice.nextSession().volume() == null
                                        ? null
                                        : volume(
                                                advice.nextSession().volume(),
                                                advice.nextSession().unit()),
                                advice.nextSession().unit(),
                                advice.nextSession().decision(),
                                volume(
                                        advice.nextSession().weekDose(),
                                        advice.nextSession().unit()),
                                volume(
                                        advice.nextSession().doneThisWeek(),
                                        advice.nextSession().unit())),
                advice.strength().stream()
                        .map(s -> new StrengthEntry(
                                s.exercise(),
                                s.decision(),
                                new Next(
                                        s.next().sets(),
                                        s.next().reps(),
                                        load(s.next().loadKg()),
                                        s.next().exercise(),
                                        s.next().holdSec())))
                        .toList(),
                advice.contributors().stream()
                        .map(c -> new ContributorEntry(c.id(), c.evidence(), c.exercises()))
                        .toList(),
                advice.findings().stream()
                        .map(f -> new FindingEntry(f.rule(), f.severity(), f.message(), f.source()))
                        .toList(),
                new ProgrammeEntry(p.id(), p.name(), p.sessionsPerWeek(), p.dose(), p.exercises()));
    }

    /** A volume as its unit writes it: kilometres with one decimal (13.0), minutes and jumps whole (95). */
    static BigDecimal volume(double value, VolumeUnit unit) {
        return BigDecimal.valueOf(value).setScale(unit == VolumeUnit.KM ? 1 : 0, RoundingMode.HALF_EVEN);
    }

    /** A load in steps of 0.5 kg: whole kilograms without decimals (10), halves with one (12.5). */
    static BigDecimal load(double kg) {
        BigDecimal value = BigDecimal.valueOf(kg);
        return value.setScale(kg == Math.rint(kg) ? 0 : 1, RoundingMode.HALF_EVEN);
    }
}
