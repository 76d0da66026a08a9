package dev.reload.generator;

import dev.reload.support.ApplicationTest;

/** The data generator on H2 (JDBC batches), in the shared application. */
@ApplicationTest
class GeneratorIntegrationTests extends GeneratorContract {}
