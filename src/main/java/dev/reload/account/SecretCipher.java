package dev.reload.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/**
 * Encrypts two-step secrets at rest (decision 0020): AES-256-GCM with a key derived from
 * {@code reload.security.two-step-key} (Spring Security's {@link Encryptors#delux}). A copy of the
 * database without the key does not give anyone's codes away. Without a configured key a
 * development key is used, and the log says so at startup.
 */
@Component
class SecretCipher {

    static final String DEVELOPMENT_KEY = "reload-development-two-step-key";
    /** Salt for the key derivation, hex; fixed so that the same key opens the same secrets. */
    private static final String SALT = "72656c6f6164";

    private static final Logger log = LoggerFactory.getLogger(SecretCipher.class);

    private final TextEncryptor encryptor;

    SecretCipher(@Value("${reload.security.two-step-key:" + DEVELOPMENT_KEY + "}") String key) {
        if (key.isBlank() || DEVELOPMENT_KEY.equals(key)) {
            log.warn("Two-step secrets are encrypted with the development key: set reload.security.two-step-key"
                    + " (RELOAD_SECURITY_TWO_STEP_KEY) to a long random value in production");
        }
        this.encryptor = Encryptors.delux(key.isBlank() ? DEVELOPMENT_KEY : key, SALT);
    }

    String encrypt(String secret) {
        return encryptor.encrypt(secret);
    }

    String decrypt(String stored) {
        return encryptor.decrypt(stored);
    }
}
