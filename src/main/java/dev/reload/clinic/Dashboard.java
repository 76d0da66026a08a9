package dev.reload.clinic;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.PersonalClock;
import dev.reload.advice.PlanHistory;
import dev.reload.advice.Standing;
import dev.reload.advice.TodayService;
import dev.reload.log.WholeLogService;
import dev.reload.progress.Progress;
import dev.reload.progress.ProgressService;

/**
 * The clinician's patient list, ordered by need ({@link NeedOrder}). Each row is a read of the
 * patient's data, so each passes the {@link PatientGate} and is in the patient's audit trail.
 */
@Service
public class Dashboard {

    /** What a row of the list reads, in the patient's trail. */
    static final String WHAT = "audit.what.patientList";
    /** Ended plan weeks adherence is counted over. */
    static final int ADHERENCE_WEEKS = 2;

    private final ClinicService clinic;
    private final PatientGate gate;
    private final TodayService today;
    private final ProgressService progress;
    private final WholeLogService log;
    private final PersonalClock clock;

    Dashboard(
            ClinicService clinic,
            PatientGate gate,
            TodayService today,
            ProgressService progress,
            WholeLogService log,
            PersonalClock clock) {
        this.clinic = clinic;
        this.gate = gate;
        this.today = today;
        this.progress = progress;
        this.log = log;
        this.clock = clock;
    }

    /** The clinician's linked patients, most in need first. */
    public List<PatientRow> rows(AccountPrincipal clinician) {
        return clinic.patients(clinician.accountId()).stream()
                .map(patient -> row(gate.open(clinician, patient.id().value(), WHAT), patient.displayName()))
                .sorted(NeedOrder.ORDER)
                .toList();
    }

    private PatientRow row(AccountId patient, String name) {
        LocalDate day = clock.today(patient);
        Optional<Standing> standing = today.today(patient, day).map(Standing::of);
        LocalDate lastEntry = log.lastDay(patient, day).orElse(null);
        Integer adherence = standing.isPresent() ? adherence(progress.progress(patient, day)) : null;
        boolean escalation =
                standing.map(s -> s.escalation() != Standing.Urgency.NONE).orElse(false);
        boolean red = standing.map(s -> s.light() == PlanHistory.Light.RED).orElse(false);
        return new PatientRow(
                patient,
                name,
                standing.map(Standing::condition).orElse(null),
                standing.map(Standing::phase).orElse(null),
                standing.map(Standing::planWeek).orElse(0),
                standing.map(Standing::light).orElse(null),
                standing.map(Standing::escalation).orElse(null),
                standing.map(Standing::nonResponseCaution).orElse(false),
                adherence,
                lastEntry,
                day,
                NeedOrder.need(escalation, red, lastEntry, day));
    }

    /**
     * Target sessions done against planned over the last {@value #ADHERENCE_WEEKS} ended plan weeks,
     * in percent, a week's sessions beyond its plan not counted (null: no such week, or none planned).
     */
    static Integer adherence(Progress course) {
        List<Progress.VolumeWeek> volume = course.volume();
        List<Progress.AdherenceWeek> weeks = course.adherence();
        int planned = 0;
        int done = 0;
        int counted = 0;
        for (int i = weeks.size() - 1; i >= 0 && counted < ADHERENCE_WEEKS; i--) {
            if (!volume.get(i).ended()) {
                continue;
            }
            Progress.AdherenceWeek week = weeks.get(i);
            planned += week.plannedSessions();
            done += Math.min(week.doneSessions(), week.plannedSessions());
            counted++;
        }
        return planned == 0 ? null : (int) Math.round(100.0 * done / planned);
    }
}
