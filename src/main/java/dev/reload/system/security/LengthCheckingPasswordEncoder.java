package dev.reload.system.security;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The application's encoder with bcrypt's 72-byte limit made explicit: a longer password never
 * matches (no account can have one, and bcrypt would compare only its first 72 bytes), and encoding
 * one is a programming error, since the password policy refuses it first.
 */
final class LengthCheckingPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;

    LengthCheckingPasswordEncoder(PasswordEncoder delegate) {
        this.delegate = delegate;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        if (rawPassword != null && PasswordBytes.tooLong(rawPassword)) {
            throw new IllegalArgumentException("a password longer than " + PasswordBytes.MAX + " bytes");
        }
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword != null && PasswordBytes.tooLong(rawPassword)) {
            return false;
        }
        return delegate.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }
}
