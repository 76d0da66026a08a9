package dev.reload.account.web;

import jakarta.validation.constraints.NotBlank;

/** The change-password form. */
public class PasswordForm {

    @NotBlank(message = "Enter your current password.")
    private String currentPassword = "";

    @NotBlank(message = "Choose a new password.")
    private String newPassword = "";

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
