package dev.reload.history.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.reload.advice.EngineInputs;
import dev.reload.advice.engine.load.HistoryAnalysis;
import dev.reload.advice.engine.load.HistoryAnalyzer;
import dev.reload.advice.engine.load.HistoryFinding;
import dev.reload.advice.engine.load.HistorySession;
import dev.reload.advice.engine.load.HistoryWeek;
import dev.reload.knee.Activity;
import dev.reload.knee.PainScore;
import dev.reload.knee.Plausible;
import dev.reload.plan.PlausibleDate;
import dev.reload.system.web.InvalidFieldException;

/**
 * {@code POST /api/v1/history/preview}: R6 on a history sent in the request; no account, nothing
 * stored (api.md, "History analysis (stateless)").
 */
@RestController
@Tag(name = "History", description = "Training errors in a history (rules.md R6)")
class HistoryPreviewController {

    static final String PATH = "/api/v1/history/preview";

    @Schema(description = "A history and, optionally, the day the pain began")
    record HistoryPreviewRequest(
            @Schema(description = "The day the pain began", example = "2026-01-20") @PlausibleDate
            LocalDate painOnset,

            @Size(max = 20_000) List<@NotNull @Valid HistorySessionRequest> sessions) {}

    @Schema(description = "A session, in the advice preview's shape (pain scores are not needed here)")
    record HistorySessionRequest(
            @NotNull @PlausibleDate LocalDate date,
            @NotNull Activity activity,

            @NotNull
            @DecimalMin(value = "0", message = Plausible.SESSION_VOLUME_PROBLEM)
            @DecimalMax(value = "" + Plausible.ANY_SESSION_VOLUME, message = Plausible.SESSION_VOLUME_PROBLEM)
            BigDecimal volume,

            @Min(value = PainScore.MIN, message = PainScore.OUT_OF_RANGE)
            @Max(value = PainScore.MAX, message = PainScore.OUT_OF_RANGE)
            Integer rpe,

            @Min(value = PainScore.MIN, message = PainScore.OUT_OF_RANGE)
            @Max(value = PainScore.MAX, message = PainScore.OUT_OF_RANGE)
            Integer painDuring,

            @Min(value = PainScore.MIN, message = PainScore.OUT_OF_RANGE)
            @Max(value = PainScore.MAX, message = PainScore.OUT_OF_RANGE)
            Integer painAfter,

            @Min(value = 0, message = Plausible.MINUTES_PROBLEM)
            @Max(value = Plausible.DAY_MINUTES, message = Plausible.MINUTES_PROBLEM)
            Integer durationMin,

            @Min(value = 1, message = Plausible.PACE_PROBLEM)
            @Max(value = Plausible.PACE_SEC_PER_KM, message = Plausible.PACE_PROBLEM)
            Integer avgPaceSecPerKm,

            @Size(max = 40) String surface,
            @Size(max = 80) String shoes) {

        /**
         * The session as R6 reads it, through the same mapping as a logged one
         * ({@link EngineInputs#historySession}). The pains are left out (R6 does not read them, and
         * either may be sent without the other here).
         */
        HistorySession toHistorySession() {
            return EngineInputs.historySession(
                    date, activity, volume.doubleValue(), rpe, durationMin, avgPaceSecPerKm, surface, shoes);
        }
    }

    record WeekResponse(
            LocalDate start,
            String activity,
            double volume,
            double weeklyLoad,
            Double acwrEwma,
            Double acwrCoupled,
            Double acwrUncoupled,
            Double monotony,
            Double strain) {

        static WeekResponse of(HistoryWeek w) {
            return new WeekResponse(
                    w.start(),
                    w.activity().name(),
                    round(w.volume()),
                    round(w.weeklyLoad()),
                    round(w.acwrEwma()),
                    round(w.acwrCoupled()),
                    round(w.acwrUncoupled()),
                    round(w.monotony()),
                    round(w.strain()));
        }
    }

    record FindingResponse(
            String rule,
            String severity,
            String scope,
            LocalDate date,
            String activity,
            String message,
            String source,
            String evidence) {

        static FindingResponse of(HistoryFinding f) {
            return new FindingResponse(
                    f.rule(),
                    f.severity().name(),
                    f.scope().name(),
                    f.date(),
                    f.activity().name(),
                    f.message(),
                    f.source(),
                    f.evidence());
        }
    }

    record HistoryPreviewResponse(
            List<WeekResponse> weeks,
            List<FindingResponse> findings,

            @Schema(description = "The findings of the 8 weeks before painOnset (empty without it)")
            List<FindingResponse> whatWentWrong) {

        static HistoryPreviewResponse of(HistoryAnalysis a) {
            return new HistoryPreviewResponse(
                    a.weeks().stream().map(WeekResponse::of).toList(),
                    a.findings().stream().map(FindingResponse::of).toList(),
                    a.whatWentWrong().stream().map(FindingResponse::of).toList());
        }
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Training errors in a history (stateless)",
            description = "Weekly volume, acute:chronic ratios three ways, monotony and strain per ISO week and"
                    + " activity, and every R6 finding oldest first, each naming its week or day in date.")
    HistoryPreviewResponse preview(@Valid @RequestBody HistoryPreviewRequest request) {
        refuseLongSpans(request);
        List<HistorySession> sessions = request.sessions() == null
                ? List.of()
                : request.sessions().stream()
                        .map(HistorySessionRequest::toHistorySession)
                        .toList();
        if (sessions.isEmpty()) {
            return new HistoryPreviewResponse(List.of(), List.of(), List.of());
        }
        return HistoryPreviewResponse.of(HistoryAnalyzer.analyze(sessions, Optional.ofNullable(request.painOnset())));
    }

    /**
     * Every week between the first session and the last (or the pain's onset) is answered, so the
     * span is bounded as the advice preview bounds its plan: the first date too far out is named.
     */
    private static void refuseLongSpans(HistoryPreviewRequest request) {
        List<HistorySessionRequest> sessions = request.sessions() == null ? List.of() : request.sessions();
        LocalDate first = sessions.stream()
                .map(HistorySessionRequest::date)
                .min(Comparator.naturalOrder())
                .orElse(null);
        if (first == null) {
            return;
        }
        for (int i = 0; i < sessions.size(); i++) {
            if (ChronoUnit.DAYS.between(first, sessions.get(i).date()) > HistoryAnalyzer.MAX_SPAN_DAYS) {
                throw new InvalidFieldException("sessions[" + i + "].date", SPAN_PROBLEM);
            }
        }
        if (request.painOnset() != null
                && ChronoUnit.DAYS.between(first, request.painOnset()) > HistoryAnalyzer.MAX_SPAN_DAYS) {
            throw new InvalidFieldException("painOnset", SPAN_PROBLEM);
        }
    }

    private static final String SPAN_PROBLEM = "must be within 100 years after the earliest session";

    /** Three decimals: enough for every figure of rules.md's worked checks. */
    static Double round(Double value) {
        return value == null || value.isNaN() || value.isInfinite()
                ? null
                : BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }

    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }
}
