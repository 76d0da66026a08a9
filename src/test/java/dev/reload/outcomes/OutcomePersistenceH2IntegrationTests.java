package dev.reload.outcomes;

import dev.reload.support.ApplicationTest;

/** Outcome storage on the embedded H2 database (PostgreSQL mode), as the app runs by default. */
@ApplicationTest
class OutcomePersistenceH2IntegrationTests extends OutcomePersistenceContract {}
