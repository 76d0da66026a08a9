package dev.reload.system.security;

import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;

/** Turns the token of an {@code Authorization: Bearer} header into the account it belongs to. */
public interface BearerTokenAuthenticator {

    /** The account of an active token, or empty for an unknown or revoked one. */
    Optional<UserDetails> authenticate(String token);
}
