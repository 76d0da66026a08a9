package dev.reload.system.security;

import dev.reload.support.ApplicationTest;
import dev.reload.support.PostgresTest;

/** Failure counts in PostgreSQL; skipped when none is reachable, failed under CI=true. */
@ApplicationTest
@PostgresTest
class ThrottlePostgresIntegrationTests extends ThrottleContract {}
