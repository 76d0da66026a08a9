/**
 * The product's vocabulary, pure Java: activities and their volume units, the conditions, the
 * plan's phases, the red flags of the safety screen, tight structures, the 0–10 pain score, the
 * kinds of contributor, how much a finding matters, and the exercise catalogue's records. The
 * ground floor: every feature may use it, it uses no feature.
 */
@ApplicationModule(
        displayName = "Vocabulary",
        allowedDependencies = {})
package dev.reload.knee;

import org.springframework.modulith.ApplicationModule;
