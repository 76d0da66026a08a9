package dev.reload.system;

import dev.reload.support.ApplicationTest;

/** Ready for Citus, on H2: the same migrations, the same keys. */
@ApplicationTest
class CitusReadySchemaH2IntegrationTests extends CitusReadySchemaContract {}
