package dev.reload.account;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import dev.reload.system.security.DisplayNamed;

/**
 * The signed-in account as Spring Security holds it, in the session or for one API call.
 * Controllers take it with {@code @AuthenticationPrincipal AccountPrincipal me}.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer, DisplayNamed, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String email;
    private final String displayName;
    private final Role role;
    private String passwordHash;

    AccountPrincipal(Account account) {
        this(account.id(), account.email(), account.displayName(), account.role(), account.passwordHash());
    }

    AccountPrincipal(long accountId, String email, String displayName, Role role, String passwordHash) {
        this.accountId = accountId;
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.passwordHash = passwordHash;
    }

    public AccountId accountId() {
        return new AccountId(accountId);
    }

    public String email() {
        return email;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal that && that.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + accountId + "]";
    }
}
