package dev.reload.plan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;

import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.RedFlag;
import dev.reload.knee.TightStructure;
import dev.reload.knee.VolumeUnit;
import dev.reload.plan.AssessmentEntry;
import dev.reload.plan.PlanEntry;

/**
 * What a person has answered so far in onboarding; stored as JSON for their account until the plan
 * is made ({@link StoredDrafts}).
 */
public class OnboardingDraft {

    private Set<RedFlag> redFlags = new LinkedHashSet<>();

    /** The safety screen's explicit answer that none of its signs applies. */
    private boolean noneApply;

    private boolean screened;
    private boolean nonImpactOnly;
    private Condition condition;
    private Activity targetActivity;
    /** Kilometres until the person chooses otherwise: how most count their goal activity, one tap fewer. */
    private VolumeUnit unit = VolumeUnit.KM;

    private BigDecimal tolerableDose;
    private BigDecimal weeklyGoal;
    private Integer sessionsPerWeek = 3;
    private Integer sidePlankHoldSec;
    private boolean kneeDivesIn;
    private boolean quadricepsWeak;
    private Set<TightStructure> tight = new LinkedHashSet<>();

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate newShoesOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate surfaceChangeOn;

    private BigDecimal sleepHoursTypical;
    private boolean proteinLow;
    private boolean stressHigh;
    private Integer age;
    private boolean lowVitaminD;
    private boolean inflammatoryCondition;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate painOnset;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    boolean anyUrgentFlag() {
        return redFlags.stream().anyMatch(RedFlag::urgent);
    }

    boolean anyClinicianFlag() {
        return redFlags.stream().anyMatch(flag -> !flag.urgent());
    }

    /** Activities this person may choose as their target: only non-impact ones after a clinician flag. */
    Set<Activity> allowedActivities() {
        return nonImpactOnly ? EnumSet.of(Activity.CYCLE, Activity.SWIM) : EnumSet.allOf(Activity.class);
    }

    PlanEntry toPlan() {
        AssessmentEntry assessment = new AssessmentEntry(
                sidePlankHoldSec,
                kneeDivesIn,
                quadricepsWeak,
                tight.isEmpty() ? null : Set.copyOf(tight),
                newShoesOn,
                surfaceChangeOn,
                sleepHoursTypical,
                proteinLow,
                stressHigh,
                age,
                lowVitaminD,
                inflammatoryCondition);
        return new PlanEntry(
                condition,
                targetActivity,
                unit,
                startDate,
                weeklyGoal,
                sessionsPerWeek,
                PlanEntry.DEFAULT_STEP,
                tolerableDose,
                null,
                painOnset,
                assessment);
    }

    // Bean accessors for form binding.

    public Set<RedFlag> getRedFlags() {
        return redFlags;
    }

    public void setRedFlags(Set<RedFlag> redFlags) {
        this.redFlags = redFlags == null ? new LinkedHashSet<>() : new LinkedHashSet<>(redFlags);
    }

    public boolean isNoneApply() {
        return noneApply;
    }

    public void setNoneApply(boolean noneApply) {
        this.noneApply = noneApply;
    }

    public boolean isScreened() {
        return screened;
    }

    public void setScreened(boolean screened) {
        this.screened = screened;
    }

    public boolean isNonImpactOnly() {
        return nonImpactOnly;
    }

    public void setNonImpactOnly(boolean nonImpactOnly) {
        this.nonImpactOnly = nonImpactOnly;
    }

    public Condition getCondition() {
        return condition;
    }

    public void setCondition(Condition condition) {
        this.condition = condition;
    }

    public Activity getTargetActivity() {
        return targetActivity;
    }

    public void setTargetActivity(Activity targetActivity) {
        this.targetActivity = targetActivity;
    }

    public VolumeUnit getUnit() {
        return unit;
    }

    public void setUnit(VolumeUnit unit) {
        this.unit = unit;
    }

    public BigDecimal getTolerableDose() {
        return tolerableDose;
    }

    public void setTolerableDose(BigDecimal tolerableDose) {
        this.tolerableDose = tolerableDose;
    }

    public BigDecimal getWeeklyGoal() {
        return weeklyGoal;
    }

    public void setWeeklyGoal(BigDecimal weeklyGoal) {
        this.weeklyGoal = weeklyGoal;
    }

    public Integer getSessionsPerWeek() {
        return sessionsPerWeek;
    }

    public void setSessionsPerWeek(Integer sessionsPerWeek) {
        this.sessionsPerWeek = sessionsPerWeek;
    }

    public Integer getSidePlankHoldSec() {
        return sidePlankHoldSec;
    }

    public void setSidePlankHoldSec(Integer sidePlankHoldSec) {
        this.sidePlankHoldSec = sidePlankHoldSec;
    }

    public boolean isKneeDivesIn() {
        return kneeDivesIn;
    }

    public void setKneeDivesIn(boolean kneeDivesIn) {
        this.kneeDivesIn = kneeDivesIn;
    }

    public boolean isQuadricepsWeak() {
        return quadricepsWeak;
    }

    public void setQuadricepsWeak(boolean quadricepsWeak) {
        this.quadricepsWeak = quadricepsWeak;
    }

    public Set<TightStructure> getTight() {
        return tight;
    }

    public void setTight(Set<TightStructure> tight) {
        this.tight = tight == null ? new LinkedHashSet<>() : new LinkedHashSet<>(tight);
    }

    public LocalDate getNewShoesOn() {
        return newShoesOn;
    }

    public void setNewShoesOn(LocalDate newShoesOn) {
        this.newShoesOn = newShoesOn;
    }

    public LocalDate getSurfaceChangeOn() {
        return surfaceChangeOn;
    }

    public void setSurfaceChangeOn(LocalDate surfaceChangeOn) {
        this.surfaceChangeOn = surfaceChangeOn;
    }

    public BigDecimal getSleepHoursTypical() {
        return sleepHoursTypical;
    }

    public void setSleepHoursTypical(BigDecimal sleepHoursTypical) {
        this.sleepHoursTypical = sleepHoursTypical;
    }

    public boolean isProteinLow() {
        return proteinLow;
    }

    public void setProteinLow(boolean proteinLow) {
        this.proteinLow = proteinLow;
    }

    public boolean isStressHigh() {
        return stressHigh;
    }

    public void setStressHigh(boolean stressHigh) {
        this.stressHigh = stressHigh;
    }

    public Integer getAge() {
        return age;
    }

    public void setAge(Integer age) {
        this.age = age;
    }

    public boolean isLowVitaminD() {
        return lowVitaminD;
    }

    public void setLowVitaminD(boolean lowVitaminD) {
        this.lowVitaminD = lowVitaminD;
    }

    public boolean isInflammatoryCondition() {
        return inflammatoryCondition;
    }

    public void setInflammatoryCondition(boolean inflammatoryCondition) {
        this.inflammatoryCondition = inflammatoryCondition;
    }

    public LocalDate getPainOnset() {
        return painOnset;
    }

    public void setPainOnset(LocalDate painOnset) {
        this.painOnset = painOnset;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }
}
