package dev.reload.clinic.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountService;
import dev.reload.account.PersonalClock;
import dev.reload.advice.TodayService;
import dev.reload.clinic.ClinicNotes;
import dev.reload.clinic.ClinicService;
import dev.reload.clinic.Dashboard;
import dev.reload.knee.Exercise;
import dev.reload.knee.ExerciseLibrary;
import dev.reload.log.LogFilter;
import dev.reload.log.WholeLogService;
import dev.reload.report.ReportDocument;
import dev.reload.report.ReportService;
import dev.reload.system.web.GatedPatient;
import dev.reload.system.web.InvalidFieldException;
import dev.reload.system.web.NotFoundException;
import dev.reload.system.web.PatientRead;
import dev.reload.system.web.PublicAddress;

/**
 * The clinician's pages: the patient list by need, redeeming an invite, and one patient's data,
 * read-only (today's advice, the log, the report; the progress charts are the progress page's, in
 * {@code progress.web}) with the clinician's notes. Every page of one patient is behind the gate.
 */
@Controller
class ClinicPagesController {

    static final String DASHBOARD = "clinic/dashboard";
    static final String REDEEM = "clinic/redeem";
    static final String PATIENT = "clinic/patient";
    static final String LOG = "clinic/log";
    static final String NOTES = "clinic/notes";

    private final Dashboard dashboard;
    private final ClinicService clinic;
    private final ClinicNotes notes;
    private final TodayService today;
    private final WholeLogService log;
    private final ReportService reports;
    private final AccountService accounts;
    private final PersonalClock clock;
    private final ExerciseLibrary library;
    private final PublicAddress address;

    ClinicPagesController(
            Dashboard dashboard,
            ClinicService clinic,
            ClinicNotes notes,
            TodayService today,
            WholeLogService log,
            ReportService reports,
            AccountService accounts,
            PersonalClock clock,
            ExerciseLibrary library,
            PublicAddress address) {
        this.dashboard = dashboard;
        this.clinic = clinic;
        this.notes = notes;
        this.today = today;
        this.log = log;
        this.reports = reports;
        this.accounts = accounts;
        this.clock = clock;
        this.library = library;
        this.address = address;
    }

    @GetMapping("/clinic")
    String dashboard(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("rows", dashboard.rows(me));
        return DASHBOARD;
    }

    @GetMapping("/clinic/invites")
    String redeemForm() {
        return REDEEM;
    }

    @PostMapping("/clinic/invites")
    String redeem(
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) String code,
            Model model,
            RedirectAttributes redirect) {
        try {
            ClinicService.LinkedPatient patient = clinic.redeem(me.accountId(), code);
            redirect.addFlashAttribute("linkedName", patient.displayName());
            return "redirect:/clinic/patients/" + patient.id();
        } catch (InvalidFieldException | NotFoundException e) {
            model.addAttribute("code", code);
            model.addAttribute(
                    "codeError",
                    e instanceof InvalidFieldException ? "clinic.redeem.malformed" : "clinic.redeem.notOpen");
            return REDEEM;
        }
    }

    @GetMapping("/clinic/patients/{accountId}")
    @PatientRead("audit.what.advice")
    String patient(@PathVariable long accountId, HttpServletRequest request, Model model) {
        AccountId patient = patientOn(request, model);
        LocalDate day = clock.today(patient);
        model.addAttribute("today", today.today(patient, day).orElse(null));
        model.addAttribute("day", day);
        return PATIENT;
    }

    @GetMapping("/clinic/patients/{accountId}/log")
    @PatientRead("audit.what.log")
    String log(
            @PathVariable long accountId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate before,
            HttpServletRequest request,
            Model model) {
        AccountId patient = patientOn(request, model);
        model.addAttribute("page", log.page(patient, LogFilter.EVERYTHING, before, null));
        model.addAttribute("today", clock.today(patient));
        model.addAttribute("exerciseNames", exerciseNames());
        model.addAttribute("distanceUnit", accounts.distanceUnit(patient));
        return LOG;
    }

    @GetMapping("/clinic/patients/{accountId}/notes")
    @PatientRead("audit.what.notes")
    String notes(@PathVariable long accountId, HttpServletRequest request, Model model) {
        AccountId patient = patientOn(request, model);
        model.addAttribute("notes", notes.forPatient(patient));
        return NOTES;
    }

    @PostMapping("/clinic/patients/{accountId}/notes")
    @PatientRead("audit.what.noteWritten")
    String writeNote(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable long accountId,
            @RequestParam(required = false) String body,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        AccountId patient = patientOn(request, model);
        try {
            notes.write(me.accountId(), patient, body);
        } catch (InvalidFieldException e) {
            model.addAttribute("notes", notes.forPatient(patient));
            model.addAttribute("body", body);
            model.addAttribute("bodyError", e.problems().get(0).message());
            return NOTES;
        }
        redirect.addFlashAttribute("notice", "clinic.notes.saved");
        return "redirect:/clinic/patients/" + patient + "/notes";
    }

    @GetMapping("/clinic/patients/{accountId}/report.pdf")
    @PatientRead("audit.what.report")
    ResponseEntity<byte[]> report(@PathVariable long accountId, HttpServletRequest request) {
        ReportDocument report = reports.document(new AccountId(GatedPatient.of(request)), address.of(""));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename(report.filename())
                                .build()
                                .toString())
                .body(report.pdf());
    }

    private AccountId patientOn(HttpServletRequest request, Model model) {
        return PatientHeading.put(request, model, accounts);
    }

    private Map<String, String> exerciseNames() {
        return library.exercises().stream().collect(Collectors.toMap(Exercise::id, Exercise::name));
    }
}
