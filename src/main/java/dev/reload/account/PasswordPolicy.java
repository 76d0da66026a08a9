package dev.reload.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import dev.reload.system.security.PasswordBytes;

/**
 * What makes a password acceptable: at least 12 characters and at most 72 bytes (UTF-8: bcrypt
 * reads no more, {@link PasswordBytes}), not one of the 30,000 most common
 * passwords (also not one of them with digits or symbols tacked on the end), not one character
 * repeated, and not the person's own email address.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    private static final String COMMON_PASSWORDS = "account/common-passwords.txt";

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load(COMMON_PASSWORDS);
    }

    /** The reason this password is refused, or empty when it is fine. */
    public Optional<String> problemWith(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters long");
        }
        if (PasswordBytes.tooLong(password)) {
            return Optional.of("is too long: use at most " + PasswordBytes.MAX
                    + " characters (letters with accents count as two, emoji as four)");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || common.contains(withoutTrailingDigitsAndSymbols(lower))) {
            return Optional.of("is too common: it appears in lists of leaked passwords, choose another");
        }
        if (lower.chars().allMatch(Character::isDigit)) {
            return Optional.of("must not be only digits");
        }
        if (lower.chars().distinct().count() <= 2) {
            return Optional.of("is too easy to guess: use more different characters");
        }
        if (email != null && !email.isBlank() && lower.contains(email.toLowerCase(Locale.ROOT))) {
            return Optional.of("must not contain your email address");
        }
        return Optional.empty();
    }

    private static String withoutTrailingDigitsAndSymbols(String password) {
        int end = password.length();
        while (end > 0 && !Character.isLetter(password.charAt(end - 1))) {
            end--;
        }
        return password.substring(0, end);
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>(40_000);
        try (var reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return Set.copyOf(words);
    }
}
