package dev.reload.advice.engine;

import dev.reload.knee.Activity;
import dev.reload.knee.VolumeUnit;

/** The target activity's dose for one plan week and how it was decided. */
public record WeeklyDose(int week, Activity activity, double volume, VolumeUnit unit, DoseDecision decision) {}
