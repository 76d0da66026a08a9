package dev.reload.system.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The patient whose data a request may read, as the clinician workspace's gate left it on the
 * request after checking the link and recording the read (decision 0021). A handler of another
 * person's data takes the patient from here, never from the path, so it cannot read one that did
 * not pass the gate.
 */
public final class GatedPatient {

    /** The request attribute holding the patient's account id (a {@code Long}). */
    public static final String ATTRIBUTE = GatedPatient.class.getName() + ".accountId";

    private GatedPatient() {}

    /**
     * The account id of the gated patient.
     *
     * @throws NotFoundException when the request did not pass the gate
     */
    public static long of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof Long id) {
            return id;
        }
        throw new NotFoundException("No patient of yours is named by this address.");
    }
}
