/**
 * rules.md R6, training errors in a history: weekly volume and load per activity, acute:chronic
 * ratios (exponentially weighted, coupled and uncoupled rolling), monotony and strain, and the R6
 * findings. Pure Java: no Spring, Jakarta or JDBC, no clock.
 *
 * <p>Entry point: {@link dev.reload.advice.engine.load.HistoryAnalyzer#analyze(java.util.List, java.util.Optional)}
 * (the rule's numbers) or {@code new HistoryAnalyzer(knobs).analyze(HistoryInput)} (with reported
 * gear changes and RED weeks). The arithmetic alone is in {@link dev.reload.advice.engine.load.LoadMetrics}.
 */
package dev.reload.advice.engine.load;
