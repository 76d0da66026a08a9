/**
 * The adviser on the top floor: {@link dev.reload.advice.AdviceService} reads a plan, its screens
 * and its log, {@link dev.reload.advice.EngineInputs} maps them to the pure engine ({@code
 * advice.engine}), and {@link dev.reload.advice.TodayService} computes what the Today page shows.
 * Pages and the API live in {@code advice.web}; Today links each reason to the library page that
 * explains its rule ({@link dev.reload.library.LibraryLinks}: advice reads the library, never the reverse). Only this module sees the engine; the R6 package
 * {@code advice.engine.load} is also offered to the history feature.
 */
@ApplicationModule(
        displayName = "Adviser",
        allowedDependencies = {"account", "knee", "library", "log", "plan", "system :: web"})
package dev.reload.advice;

import org.springframework.modulith.ApplicationModule;
