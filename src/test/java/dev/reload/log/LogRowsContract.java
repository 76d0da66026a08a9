package dev.reload.log;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.reload.account.AccountId;
import dev.reload.account.AccountService;
import dev.reload.account.AccountService.Registration;
import dev.reload.account.Role;
import dev.reload.knee.Activity;
import dev.reload.knee.VolumeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lean read of a whole log ({@link LogRows}) gives exactly the views that Spring Data JDBC's
 * mapping of the same rows gives — nulls, decimals with and without trailing zeros, every activity
 * and unit, imported sessions without pain scores, same-day entries in the order logged — on every
 * database Reload runs on (subclasses pick it).
 */
abstract class LogRowsContract {

    @Autowired
    private AccountService accounts;

    @Autowired
    private SessionService sessions;

    @Autowired
    private CheckInService checkIns;

    @Autowired
    private StrengthService strength;

    @Autowired
    private ActivitySessionRepository sessionRows;

    @Autowired
    private CheckInRepository checkInRows;

    @Autowired
    private StrengthSetRepository strengthRows;

    @Test
    void aVariedLogReadsBackAsTheRepositoriesMapIt() {
        AccountId owner = accounts.register(new Registration(
                        "rows-" + UUID.randomUUID() + "@example.org", "Rows", "amber-tundra-whistle", Role.PATIENT))
                .id();
        Random random = new Random(7);
        LocalDate day = LocalDate.of(2025, 3, 3);
        String[] exercises = {"SPLIT_SQUAT", "CLAMSHELL", "SIDE_PLANK", "STEP_UP"};
        for (int i = 0; i < 60; i++) {
            LocalDate date = day.plusDays(i / 2);
            Activity activity = Activity.values()[random.nextInt(Activity.values().length)];
            boolean full = random.nextBoolean();
            if (i % 7 == 3) {
                sessions.addImported(
                        owner,
                        new ImportedSession(
                                date,
                                Activity.RUN,
                                Instant.parse("2025-03-03T06:00:00Z").plusSeconds(86_400L * i),
                                1800 + i,
                                new BigDecimal("5.250"),
                                342,
                                "activities/" + i + ".fit",
                                VolumeUnit.KM,
                                null));
            } else {
                sessions.add(
                        owner,
                        new SessionEntry(
                                date,
                                activity,
                                new BigDecimal(random.nextInt(200) + "." + random.nextInt(100)),
                                full ? random.nextInt(11) : null,
                                random.nextInt(11),
                                full ? random.nextInt(11) : null,
                                full ? 20 + random.nextInt(60) : null,
                                full ? 240 + random.nextInt(200) : null,
                                full ? "trail" : null,
                                i % 5 == 0 ? "Old trainers" : null,
                                null,
                                null));
            }
            if (i % 2 == 0) {
                checkIns.add(
                        owner,
                        new CheckInEntry(
                                date,
                                random.nextInt(11),
                                full ? random.nextInt(11) : null,
                                full ? new BigDecimal(i % 4 == 0 ? "7.5" : "8.0") : null,
                                full ? random.nextInt(11) : null,
                                full ? "slept badly, note " + i : null));
            }
            strength.add(
                    owner,
                    new StrengthEntry(
                            date,
                            exercises[random.nextInt(exercises.length)],
                            1 + random.nextInt(5),
                            1 + random.nextInt(15),
                            new BigDecimal(random.nextInt(3) == 0 ? "0" : (random.nextInt(80) + ".50")),
                            random.nextInt(11),
                            full ? 30 : null,
                            full ? "3-1-3" : null));
        }

        assertThat(sessions.all(owner))
                .hasSize(60)
                .isEqualTo(sessionRows.findByAccountIdOrderByDateAscIdAsc(owner.value()).stream()
                        .map(SessionView::of)
                        .toList());
        assertThat(checkIns.all(owner))
                .hasSize(30)
                .isEqualTo(checkInRows.findByAccountIdOrderByDateAsc(owner.value()).stream()
                        .map(CheckInView::of)
                        .toList());
        assertThat(strength.all(owner))
                .hasSize(60)
                .isEqualTo(strengthRows.findByAccountIdOrderByDateAscIdAsc(owner.value()).stream()
                        .map(StrengthView::of)
                        .toList());
    }
}
