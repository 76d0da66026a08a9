/**
 * The condition finder (product.md capability 2): where the knee hurts and what sets it off,
 * ranked against the six overuse conditions with the reasons for each rank. Education, not
 * diagnosis. The ranking ({@link dev.reload.finder.ConditionFinder}) is plain Java with no
 * Spring; the pages and the API live in {@code finder.web}.
 */
@ApplicationModule(
        displayName = "Condition finder",
        allowedDependencies = {"knee", "system :: web"})
package dev.reload.finder;

import org.springframework.modulith.ApplicationModule;
