package dev.reload.account;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TimeZonesTests {

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Berlin", "Australia/Sydney", "America/Argentina/Buenos_Aires", "UTC", "Etc/UTC"})
    void acceptsTheRegionIdsBrowsersName(String id) {
        assertThat(TimeZones.parse(id)).hasValue(ZoneId.of(id));
        assertThat(TimeZones.ids()).contains(id);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Mars/Olympus_Mons", "+02:00", "UTC+2", "europe/berlin", "Z"})
    void refusesWhatIsNotARegionId(String id) {
        assertThat(TimeZones.parse(id)).isEmpty();
    }

    @Test
    void offersTheZonesSortedWithUtcAsTheFallback() {
        assertThat(TimeZones.ids()).isSorted().hasSizeGreaterThan(400);
        assertThat(TimeZones.FALLBACK.getId()).isEqualTo("UTC");
    }
}
