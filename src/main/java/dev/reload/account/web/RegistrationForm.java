package dev.reload.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The registration form, as the page binds it. */
public class RegistrationForm {

    @NotBlank(message = "Enter your email address.")
    @Email(message = "Enter an email address like name@example.org.")
    @Size(max = 254, message = "An email address has at most 254 characters.")
    private String email = "";

    @NotBlank(message = "Enter the name we should greet you with.")
    @Size(max = 80, message = "Use at most 80 characters.")
    private String displayName = "";

    @NotBlank(message = "Choose a password.")
    private String password = "";

    private boolean clinician;

    /** The browser's time zone, filled in by {@code app.js}; empty when the browser did not say. */
    private String timeZone = "";

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isClinician() {
        return clinician;
    }

    public void setClinician(boolean clinician) {
        this.clinician = clinician;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }
}
