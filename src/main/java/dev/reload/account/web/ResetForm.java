package dev.reload.account.web;

import jakarta.validation.constraints.NotBlank;

/** The reset page's form: the link's token (hidden) and the new password. */
public class ResetForm {

    private String token = "";

    @NotBlank(message = "Choose a new password.")
    private String newPassword = "";

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
