package dev.reload.generator;

import dev.reload.support.ApplicationTest;
import dev.reload.support.PostgresTest;

/** The data generator on PostgreSQL (COPY through the driver); skipped when none is reachable. */
@ApplicationTest
@PostgresTest
class GeneratorPostgresIntegrationTests extends GeneratorContract {}
