/**
 * rules.md R6, training errors in a history: weekly volume and load per activity, acute:chronic
 * ratios (exponentially weighted, coupled and uncoupled rolling), monotony and strain, and the R6
 * findings. Pure Java: no Spring, Jakarta or JDBC, no clock.
 *
 * <p>Entry point: {@link dev.reload.advice.engine.load.HistoryAnalyzer#analyze(java.util.List, java.util.Optional)}
 * (the rule's numbers) or {@code new HistoryAnalyzer(knobs).analyze(HistoryInput)} (with reported
 * gear changes and RED weeks). One class per rule, listed in order in {@code HistoryRules}; the
 * numbers in {@link dev.reload.advice.engine.load.HistoryKnobs}; a logged or imported session
 * becomes a session of R6 through {@link dev.reload.advice.engine.load.HistorySession#of(dev.reload.advice.engine.ActivitySession)}.
 * The arithmetic alone is in {@link dev.reload.advice.engine.load.LoadMetrics}.
 */
@NamedInterface("load")
package dev.reload.advice.engine.load;

import org.springframework.modulith.NamedInterface;
