package dev.reload.clinic.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.Model;

import dev.reload.account.AccountId;
import dev.reload.account.AccountService;
import dev.reload.system.web.GatedPatient;
import dev.reload.system.web.NotFoundException;

/** The gated patient of a clinician's page, with their id, name and zone on the model for its heading and links. */
final class PatientHeading {

    private PatientHeading() {}

    static AccountId put(HttpServletRequest request, Model model, AccountService accounts) {
        AccountId patient = new AccountId(GatedPatient.of(request));
        AccountService.AccountView account =
                accounts.find(patient).orElseThrow(() -> new NotFoundException("patient", patient.value()));
        model.addAttribute("patientId", patient.value());
        model.addAttribute(
                "patientName",
                account.displayName() == null || account.displayName().isBlank()
                        ? account.email()
                        : account.displayName());
        model.addAttribute("patientZone", account.timeZone());
        return patient;
    }
}
