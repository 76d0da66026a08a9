package dev.reload.log;

import dev.reload.support.ApplicationTest;

/** The whole log's queries on the embedded H2 database (PostgreSQL mode), as the app runs by default. */
@ApplicationTest
class WholeLogH2IntegrationTests extends WholeLogContract {}
