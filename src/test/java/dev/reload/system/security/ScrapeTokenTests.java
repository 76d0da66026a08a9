package dev.reload.system.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The metrics scraper's credential: long enough or refused at start, matched whole, none when empty. */
class ScrapeTokenTests {

    private static final String TOKEN = "0123456789abcdef0123456789abcdef";

    @Test
    void matchesTheConfiguredTokenAndNothingElse() {
        ScrapeToken token = ScrapeToken.of(TOKEN);
        assertThat(token.matches(TOKEN)).isTrue();
        assertThat(token.matches(TOKEN.substring(1))).isFalse();
        assertThat(token.matches(TOKEN + "0")).isFalse();
        assertThat(token.matches("")).isFalse();
        assertThat(token.matches(null)).isFalse();
    }

    @Test
    void anEmptySettingIsNoTokenAtAll() {
        for (String empty : new String[] {null, "", "   "}) {
            ScrapeToken none = ScrapeToken.of(empty);
            assertThat(none.matches("")).isFalse();
            assertThat(none.matches("   ")).isFalse();
        }
    }

    @Test
    void aShortTokenIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> ScrapeToken.of(TOKEN.substring(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("reload.metrics.scrape-token")
                .hasMessageContaining("at least 32 characters");
    }
}
