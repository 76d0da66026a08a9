package dev.reload.privacy.web;

/** The form that deletes an account: its password. */
public class DeletionForm {

    private String password = "";

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
