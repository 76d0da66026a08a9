/**
 * Outcome tracking (product.md capability 7): the 0–10 pain trend over the plan with Farrar's
 * meaningful-change line ({@link dev.reload.outcomes.PainTrendService}, {@link
 * dev.reload.outcomes.PainTrend}), and the knee questionnaires, KOOS subscales and KOOS-PF,
 * entered by item number from the official form and scored by {@link
 * dev.reload.outcomes.KoosScoring} (pure Java), stored by {@link dev.reload.outcomes.OutcomeService}
 * (tables {@code outcome}, {@code outcome_answer}). Reload ships no item texts (decision 0012); the
 * trend's choices are in decision 0014.
 *
 * <p>For other pages and reports: {@code PainTrendService.trend} and {@code OutcomeService.all} /
 * {@code series} give plain records; the template fragments {@code outcomes/fragments :: painTrend}
 * and {@code :: scores} draw them (chart, table and sentence), with {@code :: scripts} once per page.
 * Pages and the API live in {@code outcomes.web}.
 */
@ApplicationModule(
        displayName = "Outcomes",
        allowedDependencies = {"account", "knee", "log", "plan", "system :: web"})
package dev.reload.outcomes;

import org.springframework.modulith.ApplicationModule;
