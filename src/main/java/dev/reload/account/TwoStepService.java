package dev.reload.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

import dev.reload.system.security.SecondStep;
import dev.reload.system.web.InvalidFieldException;

/**
 * Two-step sign-in (decision 0020): a TOTP secret per account, confirmed by a first code, and ten
 * single-use recovery codes. Clinicians must have it on and cannot turn it off; patients choose.
 * A code is taken once: the step of the last code taken is kept, and an older or equal one is refused.
 */
@Service
public class TwoStepService implements SecondStep {

    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int RECOVERY_LENGTH = 10;
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    private static final String ISSUER = "Reload";

    private final TwoStepRepository twoSteps;
    private final RecoveryCodeRepository recoveryCodes;
    private final AccountService accounts;
    private final SecretCipher cipher;
    private final Clock clock;
    private final Totp totp = new Totp();
    private final SecureRandom random = new SecureRandom();

    TwoStepService(
            TwoStepRepository twoSteps,
            RecoveryCodeRepository recoveryCodes,
            AccountService accounts,
            SecretCipher cipher,
            Clock clock) {
        this.twoSteps = twoSteps;
        this.recoveryCodes = recoveryCodes;
        this.accounts = accounts;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Where an account stands: on since {@code enabledAt} with this many recovery codes left, or off. */
    public record Status(boolean on, Instant enabledAt, int recoveryCodesLeft, boolean mayTurnOff) {}

    /** What a person needs to add the account to an authenticator app. */
    public record Enrolment(String secret, String otpauthUri, String qrCodeSvg) {

        /** The secret in groups of four, easier to type. */
        public String secretGrouped() {
            return secret.replaceAll("(.{4})(?!$)", "$1 ");
        }
    }

    public Status status(AccountId account) {
        Optional<TwoStep> twoStep = twoSteps.findByAccountId(account.value()).filter(TwoStep::enabled);
        boolean clinician = isClinician(account);
        return twoStep.map(t -> new Status(true, t.enabledAt(), recoveryCodes.countUnused(account.value()), !clinician))
                .orElseGet(() -> new Status(false, null, 0, !clinician));
    }

    public boolean isOn(AccountId account) {
        return twoSteps.findByAccountId(account.value())
                .filter(TwoStep::enabled)
                .isPresent();
    }

    /** The secret being enrolled, made now if there is none; empty when two-step is already on. */
    @Transactional
    public Optional<Enrolment> enrolment(AccountId account) {
        TwoStep twoStep = twoSteps.findByAccountId(account.value())
                .orElseGet(() ->
                        twoSteps.save(TwoStep.enrolling(account, cipher.encrypt(totp.newSecret()), clock.instant())));
        if (twoStep.enabled()) {
            return Optional.empty();
        }
        String secret = cipher.decrypt(twoStep.secret());
        String email = accounts.find(account).orElseThrow().email();
        String label = UriUtils.encodePathSegment(ISSUER + ":" + email, java.nio.charset.StandardCharsets.UTF_8);
        String uri = "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER + "&digits=" + Totp.DIGITS
                + "&period=" + Totp.TIME_STEP.toSeconds();
        return Optional.of(new Enrolment(
                secret,
                uri,
                QrCodeSvg.of(uri, "QR code holding the secret " + secret + " for your authenticator app")));
    }

    /**
     * Turns two-step on with a first code from the app, and gives the recovery codes, shown once.
     *
     * @throws InvalidFieldException naming {@code code} when it is not the app's current code
     */
    @Transactional
    public List<String> confirm(AccountId account, String code) {
        TwoStep twoStep = twoSteps.findByAccountId(account.value())
                .filter(t -> !t.enabled())
                .orElseThrow(() -> new InvalidFieldException("code", "has no enrolment to confirm: start again"));
        String given = digits(code);
        OptionalLong step = SIX_DIGITS.matcher(given).matches()
                ? totp.matchingStep(cipher.decrypt(twoStep.secret()), given, clock.instant())
                : OptionalLong.empty();
        if (step.isEmpty()) {
            throw new InvalidFieldException("code", "is not the code your app shows now: check the app and try again");
        }
        twoSteps.save(twoStep.enabled(clock.instant(), step.getAsLong()));
        return replaceRecoveryCodes(account);
    }

    /**
     * Whether {@code code} is the account's current app code not taken before, or one of its unused
     * recovery codes (then spent). Wrong and replayed codes alike answer false.
     */
    @Transactional
    public boolean verify(AccountId account, String code) {
        if (code == null || code.length() > 40) {
            return false;
        }
        Optional<TwoStep> twoStep = twoSteps.findByAccountId(account.value()).filter(TwoStep::enabled);
        if (twoStep.isEmpty()) {
            return false;
        }
        String given = digits(code);
        if (SIX_DIGITS.matcher(given).matches()) {
            OptionalLong step = totp.matchingStep(cipher.decrypt(twoStep.get().secret()), given, clock.instant());
            return step.isPresent() && twoSteps.takeTimeStep(account.value(), step.getAsLong()) == 1;
        }
        return recoveryCodes.spend(account.value(), ApiTokenService.hash(normalizeRecovery(code)), clock.instant())
                == 1;
    }

    /** New recovery codes in place of the old ones, after the password. */
    @Transactional
    public List<String> newRecoveryCodes(AccountId account, String password) {
        checkPassword(account, password);
        if (!isOn(account)) {
            throw new InvalidFieldException("password", "is right, but two-step sign-in is off");
        }
        return replaceRecoveryCodes(account);
    }

    /** Turns two-step off after the password; refused to clinicians, who must keep it. */
    @Transactional
    public void turnOff(AccountId account, String password) {
        if (isClinician(account)) {
            throw new InvalidFieldException("password", "is not enough: clinician accounts keep two-step sign-in on");
        }
        checkPassword(account, password);
        twoSteps.deleteByAccountId(account.value());
        recoveryCodes.deleteByAccountId(account.value());
    }

    @Override
    public boolean codeRequired(UserDetails user) {
        return user instanceof AccountPrincipal principal && isOn(principal.accountId());
    }

    @Override
    public boolean mustEnrol(UserDetails user) {
        return user instanceof AccountPrincipal principal
                && principal.role() == Role.CLINICIAN
                && !isOn(principal.accountId());
    }

    private List<String> replaceRecoveryCodes(AccountId account) {
        recoveryCodes.deleteByAccountId(account.value());
        Instant now = clock.instant();
        List<String> shown = new ArrayList<>();
        List<RecoveryCode> stored = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder(RECOVERY_LENGTH);
            for (int c = 0; c < RECOVERY_LENGTH; c++) {
                code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
            }
            String plain = code.toString();
            shown.add(plain.substring(0, 5) + "-" + plain.substring(5));
            stored.add(new RecoveryCode(null, account.value(), ApiTokenService.hash(plain), now, null));
        }
        recoveryCodes.saveAll(stored);
        return shown;
    }

    private void checkPassword(AccountId account, String password) {
        String email = accounts.find(account).orElseThrow().email();
        if (accounts.authenticate(email, password).isEmpty()) {
            throw new InvalidFieldException("password", "is not your current password");
        }
    }

    private boolean isClinician(AccountId account) {
        return accounts.find(account).map(a -> a.role() == Role.CLINICIAN).orElse(false);
    }

    /** A code as typed, spaces and hyphens left out ("123 456" is 123456). */
    private static String digits(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "");
    }

    private static String normalizeRecovery(String code) {
        return digits(code).toLowerCase(Locale.ROOT);
    }
}
