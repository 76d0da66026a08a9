package dev.reload.account;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            elevenchars     | must be at least 12 characters long
            password1234    | is too common
            Password123456! | is too common
            iloveyou1234    | is too common
            qwertyuiop123   | is too common
            aaaaaaaaaaaaaa  | is too easy to guess
            ababababababab  | is too easy to guess
            123456789012345 | must not be only digits
            xmia@example.org1 | must not contain your email address
            """)
    void refusesWeakPasswords(String password, String reason) {
        assertThat(policy.problemWith(password.strip(), "mia@example.org"))
                .hasValueSatisfying(problem -> assertThat(problem).startsWith(reason));
    }

    @ParameterizedTest(name = "\"{0}\" is accepted")
    @CsvSource({"quiet-harbour-lantern", "twelve chars", "Kn33-Rehab-2026!", "correct horse battery"})
    void acceptsLongUncommonPasswords(String password) {
        assertThat(policy.problemWith(password, "mia@example.org")).isEmpty();
    }

    @ParameterizedTest(name = "{0} characters: accepted = {1}")
    @CsvSource({"11, false", "12, true", "72, true", "73, false"})
    void drawsTheLengthLineAtTwelveAndStopsAtBcryptsSeventyTwoBytes(int length, boolean accepted) {
        String password = "kneecap-".repeat(20).substring(0, length);
        assertThat(policy.problemWith(password, "mia@example.org").isEmpty()).isEqualTo(accepted);
    }

    @ParameterizedTest(name = "{0} accented letters and 2 plain ones: accepted = {1}")
    @CsvSource({"35, true", "36, false"})
    void countsTheBytesOfAccentedLetters(int accented, boolean accepted) {
        String password = "kn" + "é".repeat(accented); // é is two bytes in UTF-8
        assertThat(policy.problemWith(password, "mia@example.org"))
                .satisfies(problem -> assertThat(problem.isEmpty()).isEqualTo(accepted));
    }
}
