package dev.reload.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two-step secrets at rest: unreadable without the key, a fresh IV each time, and within the column. */
class SecretCipherTests {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Test
    void readsBackWhatItEncryptedAndNeverTheSameTextTwice() {
        SecretCipher cipher = new SecretCipher("a long random production key, 2026");
        String first = cipher.encrypt(SECRET);
        String second = cipher.encrypt(SECRET);

        assertThat(first).isNotEqualTo(second).doesNotContain(SECRET).hasSizeLessThanOrEqualTo(200);
        assertThat(cipher.decrypt(first)).isEqualTo(SECRET);
        assertThat(cipher.decrypt(second)).isEqualTo(SECRET);
    }

    @Test
    void anotherKeyCannotReadIt() {
        String stored = new SecretCipher("the key of this deployment").encrypt(SECRET);

        assertThatThrownBy(() -> new SecretCipher("another deployment's key").decrypt(stored))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aBlankKeyIsTheDevelopmentKey() {
        String stored = new SecretCipher(" ").encrypt(SECRET);

        assertThat(new SecretCipher(SecretCipher.DEVELOPMENT_KEY).decrypt(stored))
                .isEqualTo(SECRET);
    }
}
