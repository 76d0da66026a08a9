package dev.reload.account;

import org.springframework.boot.test.context.SpringBootTest;

/** The persistence contract on the embedded H2 database (PostgreSQL mode), as the app runs by default. */
@SpringBootTest
class AccountPersistenceH2IntegrationTests extends AccountPersistenceContract {}
