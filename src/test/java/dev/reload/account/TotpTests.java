package dev.reload.account;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The codes against RFC 6238's own table (Appendix B), and the window of one step either side. */
class TotpTests {

    /** The RFC's seeds: ASCII "1234567890" repeated to the length of each HMAC's key. */
    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "{0} s: {1} / {2} / {3}")
    @CsvSource({
        "59, 94287082, 46119246, 90693936",
        "1111111109, 07081804, 68084774, 25091201",
        "1111111111, 14050471, 67062674, 99943326",
        "1234567890, 89005924, 91819424, 93441116",
        "2000000000, 69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826"
    })
    void makesTheCodesOfTheRfcTable(long seconds, String sha1, String sha256, String sha512) {
        Instant at = Instant.ofEpochSecond(seconds);
        assertThat(new Totp(TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1, 8).code(SHA1_SEED, at))
                .isEqualTo(sha1);
        assertThat(new Totp(TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA256, 8).code(SHA256_SEED, at))
                .isEqualTo(sha256);
        assertThat(new Totp(TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA512, 8).code(SHA512_SEED, at))
                .isEqualTo(sha512);
    }

    @Test
    void takesTheCodeOfTheStepBeforeAndAfterButNotTwoAway() {
        Totp totp = new Totp();
        String secret = Totp.base32(SHA1_SEED);
        Instant now = Instant.ofEpochSecond(1_111_111_111L);
        long step = Totp.timeStep(now);
        for (int offset = -2; offset <= 2; offset++) {
            String code = totp.code(SHA1_SEED, now.plus(Totp.TIME_STEP.multipliedBy(offset)));
            if (Math.abs(offset) <= 1) {
                assertThat(totp.matchingStep(secret, code, now))
                        .as("offset %d", offset)
                        .hasValue(step + offset);
            } else {
                assertThat(totp.matchingStep(secret, code, now))
                        .as("offset %d", offset)
                        .isEmpty();
            }
        }
    }

    @Test
    void sixDigitCodesAreTheLastSixOfTheEightDigitOnes() {
        // RFC 4226 truncation: the same number modulo 10^6, so 94287082 at 59 s is 287082
        assertThat(new Totp().code(SHA1_SEED, Instant.ofEpochSecond(59))).isEqualTo("287082");
    }

    @Test
    void base32RoundTripsAndMatchesRfc4648() {
        // RFC 4648 section 10: "foobar" is MZXW6YTBOI======
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Totp.fromBase32("mzxw 6ytb oi======")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
        String secret = new Totp().newSecret();
        assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Totp.base32(Totp.fromBase32(secret))).isEqualTo(secret);
    }
}
