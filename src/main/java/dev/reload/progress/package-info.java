/**
 * The progress page (product.md capability 7, issue 11): the plan's course drawn as charts — the
 * weekly volume against its guard band, goal and phases, pain against the day's load, the
 * acute:chronic ratio, strength loads with their progressions and regressions, and adherence.
 * {@link dev.reload.progress.ProgressService#progress} gives the read model ({@link
 * dev.reload.progress.Progress}, plain records, aggregated to the windows of decision 0015) from the
 * adviser's {@link dev.reload.advice.PlanHistory}; {@link dev.reload.progress.Progresses#of} is the
 * same computation on records in memory. Pages and {@code /api/v1/progress} live in
 * {@code progress.web}.
 */
@ApplicationModule(
        displayName = "Progress",
        allowedDependencies = {"account", "advice", "knee", "log", "outcomes", "system :: web"})
package dev.reload.progress;

import org.springframework.modulith.ApplicationModule;
