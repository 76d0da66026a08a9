package dev.reload.system.logging;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.DispatcherType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Every request's id: the caller's when it is sane, a new one otherwise; in the logs while it runs, and in the answer. */
class RequestIdFilterTests {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private final RequestIdFilter filter = new RequestIdFilter();

    @ParameterizedTest(name = "\"{0}\" is kept")
    @ValueSource(
            strings = {
                "a",
                "3f2b9c1e-7d4a-4e8b-9f00-1234567890ab",
                "nginx.5d41402abc4b2a76b9719d911017c592",
                "Root_1-67891233_abcdef012345678912345678",
                "0123456789012345678901234567890123456789012345678901234567890123"
            })
    void keepsASaneIdOfTheCaller(String offered) throws Exception {
        assertThat(idSeen(offered)).isEqualTo(offered);
    }

    @ParameterizedTest(name = "\"{0}\" is replaced")
    @NullSource
    @ValueSource(
            strings = {
                "",
                "with space",
                "01234567890123456789012345678901234567890123456789012345678901234",
                "line\nbreak",
                "quote\"d",
                "{\"json\":1}",
                "semi;colon",
                "ünïcode"
            })
    void makesANewIdForAMissingOrOddOne(String offered) throws Exception {
        assertThat(idSeen(offered)).matches(UUID);
    }

    @Test
    void putsTheIdInTheLoggingContextWhileTheRequestRunsAndInTheAnswer() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/today");
        request.addHeader(RequestIdFilter.HEADER, "abc-123");
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<String> during = new AtomicReference<>();
        filter.doFilter(request, response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                during.set(MDC.get(RequestIdFilter.LOG_KEY));
            }
        });
        assertThat(during.get()).isEqualTo("abc-123");
        assertThat(response.getHeader(RequestIdFilter.HEADER)).isEqualTo("abc-123");
        assertThat(MDC.get(RequestIdFilter.LOG_KEY)).as("after the request").isNull();
    }

    @Test
    void theErrorPageOfARequestKeepsItsId() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/today");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        String first = response.getHeader(RequestIdFilter.HEADER);

        request.setDispatcherType(DispatcherType.ERROR);
        AtomicReference<String> during = new AtomicReference<>();
        filter.doFilter(request, response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                during.set(MDC.get(RequestIdFilter.LOG_KEY));
            }
        });
        assertThat(first).matches(UUID);
        assertThat(during.get()).isEqualTo(first);
    }

    private String idSeen(String offered) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        if (offered != null) {
            request.addHeader(RequestIdFilter.HEADER, offered);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response.getHeader(RequestIdFilter.HEADER);
    }

    @Test
    void aNewIdIsARandomVersion4UuidEachTime() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = RequestIdFilter.newId();
            java.util.UUID uuid = java.util.UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(uuid.toString()).isEqualTo(id);
            ids.add(id);
        }
        assertThat(ids).hasSize(1000);
    }
}
