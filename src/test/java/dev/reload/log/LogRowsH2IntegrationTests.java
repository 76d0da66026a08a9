package dev.reload.log;

import dev.reload.support.ApplicationTest;

/** The lean read of a whole log against Spring Data JDBC's mapping, on the embedded H2 database. */
@ApplicationTest
class LogRowsH2IntegrationTests extends LogRowsContract {}
