package dev.reload.account;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time codes (RFC 6238) as authenticator apps make them: HMAC-SHA1, 30-second
 * steps, 6 digits, computed by java-otp. A code is taken for the step it belongs to or the one
 * before or after (a phone's clock a little off, a code typed as it changes).
 */
final class Totp {

    static final Duration TIME_STEP = TimeBasedOneTimePasswordGenerator.DEFAULT_TIME_STEP;
    static final int DIGITS = 6;
    /** 20 random bytes, the length of an HMAC-SHA1 key (RFC 4226 section 4). */
    private static final int SECRET_BYTES = 20;

    private static final Base32 BASE32 = new Base32();

    private final TimeBasedOneTimePasswordGenerator generator;
    private final SecureRandom random = new SecureRandom();

    Totp() {
        this(TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1, DIGITS);
    }

    /** Another algorithm or length: RFC 6238's own test vectors are 8 digits with SHA-1, SHA-256 and SHA-512. */
    Totp(String algorithm, int digits) {
        this.generator = new TimeBasedOneTimePasswordGenerator(TIME_STEP, digits, algorithm);
    }

    /** A new secret as authenticator apps read it: Base32 without padding. */
    String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return base32(bytes);
    }

    /** The step {@code at} falls in: whole 30-second steps since 1970. */
    static long timeStep(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), TIME_STEP.toSeconds());
    }

    /** The code for the step {@code at} falls in. */
    String code(byte[] secret, Instant at) {
        try {
            return generator.generateOneTimePasswordString(key(secret), at);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("an HMAC key was refused", e);
        }
    }

    /** The step whose code {@code code} is, among the step of {@code at} and its two neighbours. */
    OptionalLong matchingStep(String secretBase32, String code, Instant at) {
        byte[] secret = fromBase32(secretBase32);
        byte[] given = code.getBytes(StandardCharsets.US_ASCII);
        long now = timeStep(at);
        for (long step = now - 1; step <= now + 1; step++) {
            byte[] expected = code(secret, Instant.ofEpochSecond(step * TIME_STEP.toSeconds()))
                    .getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, given)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private Key key(byte[] secret) {
        return new SecretKeySpec(secret, generator.getAlgorithm());
    }

    /** Base32 (RFC 4648) without padding, as authenticator apps read secrets. */
    static String base32(byte[] bytes) {
        return BASE32.encodeToString(bytes).replace("=", "");
    }

    /** A Base32 secret as typed: spaces, padding and lower case allowed. */
    static byte[] fromBase32(String text) {
        String clean = text.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        if (!BASE32.isInAlphabet(clean.replace("=", ""))) {
            throw new IllegalArgumentException("not Base32: " + clean);
        }
        return BASE32.decode(clean);
    }
}
