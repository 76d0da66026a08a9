package dev.reload.account;

/** What an account may do. Every new account is a patient unless it asks to be a clinician. */
public enum Role {
    PATIENT,
    CLINICIAN,
    EDITOR,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
