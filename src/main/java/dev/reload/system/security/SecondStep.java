package dev.reload.system.security;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Two-step sign-in as the web chain sees it (decision 0020). After the password, an account
 * with two-step on holds only {@link #PENDING} and its password factor: the gate lets it reach the
 * code page and sign-out, nothing else, until a code gives it {@link #TOTP_FACTOR} and its roles.
 * An account that {@linkplain #mustEnrol must enrol} and has no code factor reaches only the
 * enrolment page. The accounts module says which account is which.
 */
public interface SecondStep {

    /** Spring Security's factor authority for a time-based one-time code. */
    String TOTP_FACTOR = "FACTOR_TOTP";

    /** Held between the password and the code instead of the account's roles. */
    String PENDING = "TWO_STEP_PENDING";

    String CODE_PAGE = "/login/code";
    String ENROL_PAGE = "/account/two-step";

    /** Whether this account must give a code after its password. */
    boolean codeRequired(UserDetails user);

    /** Whether this account may reach nothing but enrolment until it has two-step on. */
    boolean mustEnrol(UserDetails user);

    /** The sign-in between the password and the code: no roles, only the password factor and {@link #PENDING}. */
    static Authentication pending(Authentication afterPassword) {
        List<GrantedAuthority> authorities = Stream.concat(
                        afterPassword.getAuthorities().stream().filter(FactorGrantedAuthority.class::isInstance),
                        Stream.of(new SimpleGrantedAuthority(PENDING)))
                .map(GrantedAuthority.class::cast)
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(afterPassword.getPrincipal(), null, authorities);
    }

    /** The full sign-in once a code is given: the account's roles, the factors it had and the code's. */
    static Authentication withCode(Authentication before, UserDetails user) {
        Collection<? extends GrantedAuthority> roles = user.getAuthorities();
        List<GrantedAuthority> authorities = Stream.concat(
                        Stream.concat(
                                roles.stream(),
                                before.getAuthorities().stream().filter(FactorGrantedAuthority.class::isInstance)),
                        Stream.of(FactorGrantedAuthority.fromAuthority(TOTP_FACTOR)))
                .map(GrantedAuthority.class::cast)
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    static boolean isPending(Authentication authentication) {
        return has(authentication, PENDING);
    }

    static boolean hasCode(Authentication authentication) {
        return has(authentication, TOTP_FACTOR);
    }

    private static boolean has(Authentication authentication, String authority) {
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
