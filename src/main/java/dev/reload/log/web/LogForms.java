package dev.reload.log.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import dev.reload.account.DistanceUnit;
import dev.reload.knee.Activity;
import dev.reload.knee.VolumeUnit;
import dev.reload.log.CheckInEntry;
import dev.reload.log.CheckInView;
import dev.reload.log.SessionEntry;
import dev.reload.log.SessionView;
import dev.reload.log.ShoeEntry;
import dev.reload.log.StrengthEntry;
import dev.reload.log.StrengthView;

/** The log's HTML forms. Validation is the API's: each form becomes the API's entry record. */
final class LogForms {

    private LogForms() {}

    /** An activity session; a distance is typed in the person's unit and stored in kilometres. */
    public static class SessionForm {

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date;

        private Activity activity;
        private BigDecimal volume;
        private VolumeUnit unit;
        private Integer rpe;
        private Integer painDuring;
        private Integer painAfter;
        private Integer durationMin;
        private String surface;
        private Long shoeId;
        private String newShoes;

        static SessionForm of(SessionView view, DistanceUnit distances) {
            SessionForm form = new SessionForm();
            form.date = view.date();
            form.activity = view.activity();
            form.unit = view.unit();
            form.volume = view.unit() == VolumeUnit.KM ? distances.fromKm(view.volume()) : view.volume();
            form.rpe = view.rpe();
            form.painDuring = view.painDuring();
            form.painAfter = view.painAfter();
            form.durationMin = view.durationSec() == null ? null : view.durationSec() / 60;
            form.surface = view.surface();
            form.shoeId = view.shoeId();
            return form;
        }

        SessionEntry toEntry(DistanceUnit distances) {
            BigDecimal km = unit == VolumeUnit.KM ? distances.toKm(volume) : volume;
            return new SessionEntry(
                    date, activity, km, rpe, painDuring, painAfter, durationMin, null, surface, null, unit, shoeId);
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public Activity getActivity() {
            return activity;
        }

        public void setActivity(Activity activity) {
            this.activity = activity;
        }

        public BigDecimal getVolume() {
            return volume;
        }

        public void setVolume(BigDecimal volume) {
            this.volume = volume;
        }

        public VolumeUnit getUnit() {
            return unit;
        }

        public void setUnit(VolumeUnit unit) {
            this.unit = unit;
        }

        public Integer getRpe() {
            return rpe;
        }

        public void setRpe(Integer rpe) {
            this.rpe = rpe;
        }

        public Integer getPainDuring() {
            return painDuring;
        }

        public void setPainDuring(Integer painDuring) {
            this.painDuring = painDuring;
        }

        public Integer getPainAfter() {
            return painAfter;
        }

        public void setPainAfter(Integer painAfter) {
            this.painAfter = painAfter;
        }

        public Integer getDurationMin() {
            return durationMin;
        }

        public void setDurationMin(Integer durationMin) {
            this.durationMin = durationMin;
        }

        public String getSurface() {
            return surface;
        }

        public void setSurface(String surface) {
            this.surface = surface;
        }

        public Long getShoeId() {
            return shoeId;
        }

        public void setShoeId(Long shoeId) {
            this.shoeId = shoeId;
        }

        public String getNewShoes() {
            return newShoes;
        }

        public void setNewShoes(String newShoes) {
            this.newShoes = newShoes;
        }

        /** The name of a new pair to wear for this session, or null when none is typed. */
        String newShoes() {
            return newShoes == null || newShoes.isBlank() ? null : newShoes.strip();
        }

        /** The new pair, in use from the session's day. */
        ShoeEntry newShoesEntry() {
            return new ShoeEntry(newShoes(), date, BigDecimal.ZERO, null);
        }
    }

    /** The morning check-in. */
    public static class CheckInForm {

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date;

        private Integer morningPain;
        private Integer morningStiffness;
        private BigDecimal sleepHours;
        private Integer stress;
        private String notes;

        static CheckInForm of(CheckInView view) {
            CheckInForm form = new CheckInForm();
            form.date = view.date();
            form.morningPain = view.morningPain();
            form.morningStiffness = view.morningStiffness();
            form.sleepHours = view.sleepHours();
            form.stress = view.stress();
            form.notes = view.notes();
            return form;
        }

        CheckInEntry toEntry() {
            return new CheckInEntry(date, morningPain, morningStiffness, sleepHours, stress, notes);
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public Integer getMorningPain() {
            return morningPain;
        }

        public void setMorningPain(Integer morningPain) {
            this.morningPain = morningPain;
        }

        public Integer getMorningStiffness() {
            return morningStiffness;
        }

        public void setMorningStiffness(Integer morningStiffness) {
            this.morningStiffness = morningStiffness;
        }

        public BigDecimal getSleepHours() {
            return sleepHours;
        }

        public void setSleepHours(BigDecimal sleepHours) {
            this.sleepHours = sleepHours;
        }

        public Integer getStress() {
            return stress;
        }

        public void setStress(Integer stress) {
            this.stress = stress;
        }

        public String getNotes() {
            return notes;
        }

        public void setNotes(String notes) {
            this.notes = notes;
        }
    }

    /** One strength exercise as done. */
    public static class StrengthForm {

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date;

        private String exercise;
        private Integer sets;
        private Integer reps;
        private BigDecimal loadKg;
        private Integer holdSec;
        private String tempo;
        private Integer painDuring;

        static StrengthForm of(StrengthView view) {
            StrengthForm form = new StrengthForm();
            form.date = view.date();
            form.exercise = view.exercise();
            form.sets = view.sets();
            form.reps = view.reps();
            form.loadKg = view.loadKg();
            form.holdSec = view.holdSec();
            form.tempo = view.tempo();
            form.painDuring = view.painDuring();
            return form;
        }

        StrengthEntry toEntry() {
            return new StrengthEntry(
                    date, exercise, sets, reps, loadKg == null ? BigDecimal.ZERO : loadKg, painDuring, holdSec, tempo);
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public String getExercise() {
            return exercise;
        }

        public void setExercise(String exercise) {
            this.exercise = exercise;
        }

        public Integer getSets() {
            return sets;
        }

        public void setSets(Integer sets) {
            this.sets = sets;
        }

        public Integer getReps() {
            return reps;
        }

        public void setReps(Integer reps) {
            this.reps = reps;
        }

        public BigDecimal getLoadKg() {
            return loadKg;
        }

        public void setLoadKg(BigDecimal loadKg) {
            this.loadKg = loadKg;
        }

        public Integer getHoldSec() {
            return holdSec;
        }

        public void setHoldSec(Integer holdSec) {
            this.holdSec = holdSec;
        }

        public String getTempo() {
            return tempo;
        }

        public void setTempo(String tempo) {
            this.tempo = tempo;
        }

        public Integer getPainDuring() {
            return painDuring;
        }

        public void setPainDuring(Integer painDuring) {
            this.painDuring = painDuring;
        }
    }

    /** A pair of shoes; the distance done before is typed in the person's unit and stored in kilometres. */
    public static class ShoeForm {

        private String name;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate startedOn;

        private BigDecimal startDistance;

        ShoeEntry toEntry(DistanceUnit distances) {
            return new ShoeEntry(name, startedOn, distances.toKm(startDistance), null);
        }

        /** The form field that shows a problem with {@code property} of the entry. */
        static String fieldOf(String property) {
            return "startKm".equals(property) ? "startDistance" : property;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public LocalDate getStartedOn() {
            return startedOn;
        }

        public void setStartedOn(LocalDate startedOn) {
            this.startedOn = startedOn;
        }

        public BigDecimal getStartDistance() {
            return startDistance;
        }

        public void setStartDistance(BigDecimal startDistance) {
            this.startDistance = startDistance;
        }
    }
}
