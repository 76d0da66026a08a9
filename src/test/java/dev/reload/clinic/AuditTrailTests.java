package dev.reload.clinic;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.data.jdbc.repository.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail is append-only (decision 0021): its repository inserts and finds, and has no
 * save (which updates a record with an id), no update and no delete, nor a query that changes rows.
 */
class AuditTrailTests {

    @Test
    void theTrailsRepositoryOnlyAppendsAndFinds() {
        List<Method> methods = Arrays.asList(AuditRecordRepository.class.getMethods());
        assertThat(methods)
                .extracting(Method::getName)
                .containsExactlyInAnyOrder("append", "findTop500ByPatientIdOrderByReadAtDescIdDesc");
        for (Method method : methods) {
            Query query = method.getAnnotation(Query.class);
            if (query != null) {
                assertThat(query.value().strip().toUpperCase())
                        .as(method.getName())
                        .startsWith("INSERT INTO AUDIT_RECORD")
                        .doesNotContain("UPDATE", "DELETE");
            }
        }
        assertThat(AuditRecordRepository.class.getInterfaces())
                .containsExactly(org.springframework.data.repository.Repository.class);
    }
}
