package dev.reload.advice;

import java.util.List;

import dev.reload.log.CheckInView;
import dev.reload.log.SessionView;
import dev.reload.log.StrengthView;
import dev.reload.plan.PlanService.PlanView;
import dev.reload.plan.PlanService.ScreeningView;

/**
 * What the adviser reads of one account, read once per request: the active plan, every safety
 * screen (newest first) and the whole log (each list oldest first).
 */
record StoredRecords(
        PlanView plan,
        List<ScreeningView> screenings,
        List<SessionView> sessions,
        List<CheckInView> checkIns,
        List<StrengthView> strength) {}
