package dev.reload.system;

import dev.reload.support.PostgresTest;

/** The hostile requests again on PostgreSQL, which (unlike H2) cannot store the NUL character in text. */
@PostgresTest
class HostileInputPostgresIntegrationTests extends HostileInputIntegrationTests {}
