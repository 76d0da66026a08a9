package dev.reload.finder.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.context.MessageSource;

import dev.reload.finder.Clue;
import dev.reload.finder.Explainers;
import dev.reload.finder.FinderNote;
import dev.reload.finder.RankedCondition;
import dev.reload.finder.Ranking;
import dev.reload.knee.Condition;

/** The answer of {@code POST /api/v1/finder}. */
@Schema(description = "The six conditions ranked against the answers. Education, not diagnosis.")
record FinderResponse(
        @Schema(description = "All six conditions, best fit first")
        List<Entry> ranking,

        @Schema(
                description = "True when a clinical assessment is recommended (R7.assess) or needed before any"
                        + " impact (R7.bone-stress)")
        boolean assessRecommended,

        @Schema(
                description = "True when the answers show the warning signs of a bone stress injury: stop impact and"
                        + " see a clinician first (R7.bone-stress)")
        boolean boneStressSuspected,

        @Schema(description = "What to do beside the ranking, each with its rule")
        List<Note> notes,

        @Schema(description = "Education, not diagnosis") String notice) {

    @Schema(description = "One condition's place in the ranking")
    record Entry(
            @Schema(example = "IT_BAND_SYNDROME") Condition condition,
            @Schema(example = "IT band syndrome") String name,

            @Schema(
                    description = "The sum of the weights of the clues found; 6 or more fits well, under 4 is weak",
                    example = "5")
            int score,

            @Schema(example = "PARTLY") RankedCondition.Fit fit,

            @Schema(description = "Why, strongest clue first; a clue that counts against it reads as such")
            List<String> reasons,

            @Schema(
                    description = "The condition's explainer in the library",
                    example = "/library/conditions/it-band-syndrome")
            String explainer,

            @Schema(description = "Where to start a plan for it", example = "/onboarding?condition=IT_BAND_SYNDROME")
            String startPlan) {}

    @Schema(description = "Advice beside the ranking")
    record Note(
            @Schema(example = "R7.assess") String rule,
            @Schema(example = "CLOSE_CALL") FinderNote code,
            boolean urgent,
            String text) {}

    static FinderResponse of(Ranking ranking, MessageSource messages) {
        Locale locale = Locale.ENGLISH;
        List<Entry> entries = ranking.conditions().stream()
                .map(r -> new Entry(
                        r.condition(),
                        messages.getMessage("finder.condition." + r.condition(), null, locale),
                        r.score(),
                        r.fit(),
                        r.clues().stream()
                                .map(Clue::messageKey)
                                .map(key -> messages.getMessage(key, null, locale))
                                .toList(),
                        Explainers.path(r.condition()),
                        "/onboarding?condition=" + r.condition()))
                .toList();
        List<Note> notes = ranking.notes().stream()
                .map(n -> new Note(n.rule(), n, n.urgent(), messages.getMessage(n.messageKey(), null, locale)))
                .toList();
        return new FinderResponse(
                entries,
                ranking.assessRecommended(),
                ranking.boneStressSuspected(),
                notes,
                messages.getMessage("finder.api.notice", null, locale));
    }
}
