/**
 * The {@code generate} profile: synthetic accounts with a plan and months or years of log, written
 * straight into the tables in bulk (COPY on PostgreSQL, JDBC batches elsewhere) for load tests and
 * query plans at scale. Deterministic from a seed; nothing of it runs in any other profile.
 */
@ApplicationModule(
        displayName = "Data generator",
        allowedDependencies = {"account", "knee", "plan"})
package dev.reload.generator;

import org.springframework.modulith.ApplicationModule;
