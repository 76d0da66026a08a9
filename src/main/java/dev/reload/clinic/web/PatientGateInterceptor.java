package dev.reload.clinic.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import dev.reload.account.AccountPrincipal;
import dev.reload.clinic.PatientGate;
import dev.reload.system.web.GatedPatient;
import dev.reload.system.web.NotFoundException;
import dev.reload.system.web.PatientRead;

/**
 * Every page and answer about one patient passes here before its handler runs: the {@link
 * PatientGate} checks that the signed-in clinician is linked to the patient of the path's
 * {@code {accountId}} (else 404) and records the read, then the patient is left on the request for
 * the handler ({@link GatedPatient}). A handler on these paths without {@link PatientRead} is a
 * mistake and is refused.
 */
class PatientGateInterceptor implements HandlerInterceptor {

    /** The paths of one patient's data, for pages and the API. */
    static final List<String> PATHS = List.of(
            "/clinic/patients/{accountId}",
            "/clinic/patients/{accountId}/**",
            "/api/v1/patients/{accountId}",
            "/api/v1/patients/{accountId}/**");

    private final PatientGate gate;

    PatientGateInterceptor(PatientGate gate) {
        this.gate = gate;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            // static resources and the like: nothing of a patient's is served without a handler method
            throw new NotFoundException("No patient of yours is named by this address.");
        }
        PatientRead read = method.getMethodAnnotation(PatientRead.class);
        if (read == null) {
            throw new IllegalStateException(method + " serves a patient's data without @PatientRead");
        }
        long patientId = accountId(request);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        AccountPrincipal actor =
                authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
                        ? principal
                        : null;
        request.setAttribute(
                GatedPatient.ATTRIBUTE,
                gate.open(actor, patientId, read.value()).value());
        return true;
    }

    private static long accountId(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String id = variables == null ? null : variables.get("accountId");
        try {
            return id == null ? 0 : Long.parseLong(id);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
