package dev.reload.clinic;

import dev.reload.support.ApplicationTest;

/** The clinic's persistence contract on the embedded H2 database (PostgreSQL mode). */
@ApplicationTest
class ClinicPersistenceH2IntegrationTests extends ClinicPersistenceContract {}
