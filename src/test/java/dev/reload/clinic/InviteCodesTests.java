package dev.reload.clinic;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InviteCodesTests {

    @Test
    void aNewCodeReadsBackAsTypedInAnyCaseWithOrWithoutDashes() {
        String code = InviteCodes.newCode();
        assertThat(code).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");
        String normalized = InviteCodes.normalize(code).orElseThrow();
        assertThat(InviteCodes.normalize(" " + code.toUpperCase().replace("-", " ") + " "))
                .contains(normalized);
        assertThat(InviteCodes.hash(normalized)).hasSize(64).isNotEqualTo(normalized);
    }

    @Test
    void refusesWhatCannotBeACode() {
        assertThat(InviteCodes.normalize(null)).isEmpty();
        assertThat(InviteCodes.normalize("k7dp-9xqa-m3w")).isEmpty();
        assertThat(InviteCodes.normalize("k7dp-9xqa-m3wo"))
                .as("no o: it looks like 0")
                .isEmpty();
        assertThat(InviteCodes.normalize("x".repeat(41))).isEmpty();
    }

    @Test
    void theAuditTrailCanOnlyBeAppendedToAndRead() {
        assertThat(java.util.Arrays.stream(AuditRecordRepository.class.getDeclaredMethods())
                        .map(java.lang.reflect.Method::getName))
                .allMatch(name -> name.equals("append") || name.startsWith("find"));
        assertThat(AuditRecordRepository.class.getInterfaces())
                .containsExactly(org.springframework.data.repository.Repository.class);
    }
}
