package dev.reload.clinic.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.PersonalClock;
import dev.reload.clinic.AuditTrail;
import dev.reload.clinic.ClinicNotes;
import dev.reload.clinic.ClinicService;
import dev.reload.system.web.NotFoundException;

/**
 * The patient's side of the workspace, from the account page: an invite code for a clinician, the
 * clinicians linked and "Unlink", their notes ("From your clinician"), and who has seen the data.
 */
@Controller
class PatientClinicianPagesController {

    static final String PATH = "/account/clinician";
    static final String VIEW = "clinic/mine";
    static final String AUDIT = "clinic/audit";

    private final ClinicService clinic;
    private final ClinicNotes notes;
    private final AuditTrail audit;
    private final PersonalClock clock;

    PatientClinicianPagesController(ClinicService clinic, ClinicNotes notes, AuditTrail audit, PersonalClock clock) {
        this.clinic = clinic;
        this.notes = notes;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String mine(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("clinicians", clinic.clinicians(me.accountId()));
        model.addAttribute("notes", notes.forPatient(me.accountId()));
        model.addAttribute("zone", clock.zone(me.accountId()));
        return VIEW;
    }

    @PostMapping(PATH + "/invites")
    String invite(@AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        redirect.addFlashAttribute("invite", clinic.createInvite(me.accountId()));
        return "redirect:" + PATH + "#invite";
    }

    @PostMapping(PATH + "/links/{clinicianId}/unlink")
    String unlink(
            @AuthenticationPrincipal AccountPrincipal me, @PathVariable long clinicianId, RedirectAttributes redirect) {
        if (clinicianId <= 0) {
            throw new NotFoundException("linked clinician", clinicianId);
        }
        clinic.unlink(me.accountId(), new AccountId(clinicianId));
        redirect.addFlashAttribute("notice", "clinic.mine.unlinked");
        return "redirect:" + PATH;
    }

    @GetMapping(PATH + "/audit")
    String audit(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("trail", audit.trail(me.accountId()));
        model.addAttribute("zone", clock.zone(me.accountId()));
        return AUDIT;
    }
}
