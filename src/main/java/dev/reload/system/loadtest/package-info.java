/**
 * What the {@code loadtest} profile adds for the load test (scripts/load-test, docs/benchmarks.md
 * "Load test"): a bare endpoint that reads one row, the yardstick the mix of real requests is
 * measured against. Nothing here exists in any other profile.
 */
package dev.reload.system.loadtest;
