package dev.reload.clinic;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.reload.account.AccountId;
import dev.reload.clinic.NeedOrder.Need;

import static org.assertj.core.api.Assertions.assertThat;

class NeedOrderTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @ParameterizedTest
    @CsvSource({
        "true, true, 0, ESCALATION",
        "true, false, 9, ESCALATION",
        "false, true, 9, RED_LIGHT",
        "false, false, 3, MISSED_LOGS",
        "false, false, 2, NONE",
        "false, false, 0, NONE",
        "false, false, -1, MISSED_LOGS"
    })
    void needFollowsEscalationThenRedThenMissedLogs(boolean escalation, boolean red, int daysAgo, Need need) {
        LocalDate last = daysAgo < 0 ? null : TODAY.minusDays(daysAgo);
        assertThat(NeedOrder.need(escalation, red, last, TODAY)).isEqualTo(need);
    }

    @Test
    void ordersByNeedThenByName() {
        List<PatientRow> rows = Stream.of(
                        row(1, "zoe", Need.NONE),
                        row(2, "Bea", Need.MISSED_LOGS),
                        row(3, "Al", Need.NONE),
                        row(4, "Cy", Need.ESCALATION),
                        row(5, "Di", Need.RED_LIGHT),
                        row(6, "ann", Need.MISSED_LOGS))
                .sorted(NeedOrder.ORDER)
                .toList();
        assertThat(rows).extracting(PatientRow::displayName).containsExactly("Cy", "Di", "ann", "Bea", "Al", "zoe");
    }

    private static PatientRow row(long id, String name, Need need) {
        return new PatientRow(new AccountId(id), name, null, null, 0, null, null, false, null, null, TODAY, need);
    }
}
