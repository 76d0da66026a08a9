package dev.reload.system.security;

import java.nio.charset.StandardCharsets;

/**
 * bcrypt reads only the first 72 bytes of a password (UTF-8) and ignores the rest, so no password
 * may be longer: registration and password changes refuse it, and a sign-in with one is simply
 * wrong ({@link LengthCheckingPasswordEncoder}).
 */
public final class PasswordBytes {

    /** The most UTF-8 bytes a password may have. */
    public static final int MAX = 72;

    private PasswordBytes() {}

    /** True when {@code password} has more than {@link #MAX} bytes in UTF-8. */
    public static boolean tooLong(CharSequence password) {
        // at most 3 bytes per UTF-16 char: short passwords need no encoding
        return password.length() * 3 > MAX && password.toString().getBytes(StandardCharsets.UTF_8).length > MAX;
    }
}
