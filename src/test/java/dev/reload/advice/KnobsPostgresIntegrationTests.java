package dev.reload.advice;

import dev.reload.support.ApplicationTest;
import dev.reload.support.PostgresTest;

/** The plan's knobs, their change log and the what-if on PostgreSQL (V015's columns and checks); skipped when none is reachable. */
@ApplicationTest
@PostgresTest
class KnobsPostgresIntegrationTests extends KnobsContract {}
