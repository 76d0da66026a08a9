package dev.reload.system.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler under {@code /clinic/patients/{accountId}} or {@code /api/v1/patients/{accountId}}:
 * the clinician workspace's gate lets a linked clinician through, records the read in the patient's
 * audit trail as the message {@link #value()} says, and hands the handler the patient through
 * {@link GatedPatient}. A handler on those paths without it is refused (decision 0021).
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface PatientRead {

    /** The message key of what is read, as the patient's audit trail words it ("Session log"). */
    String value();
}
