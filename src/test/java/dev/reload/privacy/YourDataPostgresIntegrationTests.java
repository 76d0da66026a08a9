package dev.reload.privacy;

import dev.reload.support.ApplicationTest;
import dev.reload.support.PostgresTest;

/** The person's data on PostgreSQL; skipped when none is reachable, failed under CI=true. */
@ApplicationTest
@PostgresTest
class YourDataPostgresIntegrationTests extends YourDataContract {}
