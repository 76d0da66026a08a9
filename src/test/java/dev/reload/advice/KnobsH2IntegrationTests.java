package dev.reload.advice;

import dev.reload.support.ApplicationTest;

/** The plan's knobs, their change log and the what-if on the embedded H2 database (PostgreSQL mode). */
@ApplicationTest
class KnobsH2IntegrationTests extends KnobsContract {}
