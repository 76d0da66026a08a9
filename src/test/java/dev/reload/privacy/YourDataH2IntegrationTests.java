package dev.reload.privacy;

import dev.reload.support.ApplicationTest;

/** The person's data on H2, the default database. */
@ApplicationTest
class YourDataH2IntegrationTests extends YourDataContract {}
