package dev.reload.advice.engine;

/** The target activity's dose for one plan week and how it was decided. */
public record WeeklyDose(int week, Activity activity, double volume, VolumeUnit unit, DoseDecision decision) {}
