package dev.reload.system.security;

import dev.reload.support.ApplicationTest;

/** Failure counts in H2, the default database. */
@ApplicationTest
class ThrottleH2IntegrationTests extends ThrottleContract {}
