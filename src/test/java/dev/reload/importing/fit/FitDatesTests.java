package dev.reload.importing.fit;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import dev.reload.importing.ActivityFiles;
import dev.reload.importing.ImportFailure;
import dev.reload.importing.ImportLimits;
import dev.reload.importing.ImportOutcome;
import dev.reload.importing.ImportedActivity;
import dev.reload.importing.TestFiles;
import dev.reload.importing.UndatedActivityException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The day a FIT activity belongs to: its local start by the activity message's {@code local_timestamp},
 * else the person's zone; and files whose times count from power-on, not from the FIT epoch.
 */
class FitDatesTests {

    /** 7 a.m. on Wednesday 11 March 2026 in Sydney (summer time, UTC+11): Tuesday evening in UTC. */
    private static final Instant SYDNEY_SEVEN_AM = Instant.parse("2026-03-10T20:00:00Z");

    private static final ZoneId UTC = ZoneId.of("UTC");

    private final FitActivityReader reader = new FitActivityReader();

    @Test
    void aSydneyRunAtSevenInTheMorningIsThatDaysRunByItsLocalTimestamp() throws Exception {
        ImportedActivity run = reader.read(FitFiles.runAt(SYDNEY_SEVEN_AM, Duration.ofHours(11)));

        assertThat(run.startTime()).isEqualTo(SYDNEY_SEVEN_AM);
        assertThat(run.startOffset()).isEqualTo(ZoneOffset.ofHours(11));
        // the file's own local time wins over the zone of whoever imports it
        assertThat(run.localStartDate(UTC)).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(run.localStartDate(ZoneId.of("America/New_York"))).isEqualTo(LocalDate.of(2026, 3, 11));
    }

    @Test
    void withoutALocalTimestampThePersonsZoneDatesIt() throws Exception {
        ImportedActivity run = reader.read(FitFiles.runAt(SYDNEY_SEVEN_AM));

        assertThat(run.startOffset()).isNull();
        assertThat(run.localStartDate(ZoneId.of("Australia/Sydney"))).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(run.localStartDate(UTC)).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void aLocalTimestampNoTimeZoneCouldGiveIsIgnored() throws Exception {
        assertThat(reader.read(FitFiles.runAt(SYDNEY_SEVEN_AM, Duration.ofHours(20)))
                        .startOffset())
                .isNull();
        assertThat(reader.read(FitFiles.runAt(SYDNEY_SEVEN_AM, Duration.ofHours(-13)))
                        .startOffset())
                .isNull();
        assertThat(reader.read(FitFiles.runAt(SYDNEY_SEVEN_AM, Duration.ofMinutes(-150)))
                        .startOffset())
                .isEqualTo(ZoneOffset.ofHoursMinutes(-2, -30));
    }

    @Test
    void aGarminWatchsFileCarriesItsLocalTime() throws Exception {
        ImportedActivity run = reader.read(TestFiles.bytes("fit/garmin-fenix-5-run.fit"));

        assertThat(run.startOffset()).isNotNull();
        assertThat(run.localStartDate(UTC))
                .isEqualTo(run.startTime().atOffset(run.startOffset()).toLocalDate());
    }

    @Test
    void aFileOfADeviceWithoutClockIsRefusedAloneWithAPlainReason() {
        byte[] undated = FitFiles.runOfADeviceWithoutClock(1_000);

        assertThatThrownBy(() -> reader.read(undated))
                .isInstanceOf(UndatedActivityException.class)
                .hasMessage("the file has no real date: the device had not set its clock."
                        + " Import it inside your Strava export instead");
        ImportOutcome outcome =
                ActivityFiles.importFile("watch.fit", new ByteArrayInputStream(undated), ImportLimits.DEFAULT);
        assertThat(outcome.activity()).isEmpty();
        assertThat(outcome.failure()).hasValue(new ImportFailure("watch.fit", UndatedActivityException.REASON));
    }

    @Test
    void anUndatedFileKeepsItsFiguresWhenADateIsGivenFromElsewhere() {
        UndatedActivityException undated = catchThrowableOfType(
                UndatedActivityException.class, () -> reader.read(FitFiles.runOfADeviceWithoutClock(86_400)));

        ImportedActivity dated = undated.startingAt(SYDNEY_SEVEN_AM);
        assertThat(dated.startTime()).isEqualTo(SYDNEY_SEVEN_AM);
        assertThat(dated.startOffset()).isNull();
        assertThat(dated.distanceMeters()).isEqualTo(5000.0);
        assertThat(dated.elapsed()).isEqualTo(FitFiles.RUN);
    }
}
