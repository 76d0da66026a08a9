package dev.reload.account;

import dev.reload.support.ApplicationTest;

/** The persistence contract on the embedded H2 database (PostgreSQL mode), as the app runs by default. */
@ApplicationTest
class AccountPersistenceH2IntegrationTests extends AccountPersistenceContract {}
