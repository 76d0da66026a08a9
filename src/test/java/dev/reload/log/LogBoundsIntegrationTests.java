package dev.reload.log;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.reload.support.ApiAccounts;
import dev.reload.support.ApplicationTest;
import dev.reload.support.JsonBodies;

import static dev.reload.support.ApiContract.malformedOnPurpose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Every number and date of the log's API at its bounds (api.md, "Limits"): just inside is stored,
 * just outside is a 400 naming the field, with no Java type or internal limit in its words.
 */
@ApplicationTest
class LogBoundsIntegrationTests {

    static final String SESSION = """
            {"date":"2026-03-09","activity":"RUN","volume":4.0,"unit":"KM","rpe":4,"painDuring":2,"painAfter":2,\
            "durationMin":25,"avgPaceSecPerKm":360}""";
    static final String CHECK_IN = """
            {"date":"2026-03-10","morningPain":1,"morningStiffness":1,"sleepHours":7.5,"stress":3}""";
    static final String STRENGTH = """
            {"date":"2026-03-09","exercise":"SPLIT_SQUAT","sets":3,"reps":12,"loadKg":10,"painDuring":2,"holdSec":30}""";
    static final String SHOE = """
            {"name":"Trail 3","startedOn":"2026-01-05","startKm":120,"retiredOn":"2026-03-01"}""";

    @Autowired
    private MockMvc mvc;

    private String token;

    @BeforeEach
    void account() throws Exception {
        token = ApiAccounts.newToken(mvc);
    }

    @ParameterizedTest(name = "session {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            volume=0                                | 201
            volume=1000                             | 201
            volume=1000.01                          | 400 volume
            volume=-0.01                            | 400 volume
            unit="MINUTES"; volume=1440             | 201
            unit="MINUTES"; volume=1441             | 400 volume
            unit="JUMPS"; volume=10000              | 201
            unit="JUMPS"; volume=10001              | 400 volume
            volume=1e30                             | 400 volume
            rpe=0                                   | 201
            rpe=10                                  | 201
            rpe=11                                  | 400 rpe
            rpe=-1                                  | 400 rpe
            painDuring=10                           | 201
            painDuring=11                           | 400 painDuring
            painAfter=-1                            | 400 painAfter
            durationMin=0                           | 201
            durationMin=1440                        | 201
            durationMin=1441                        | 400 durationMin
            durationMin=-1                          | 400 durationMin
            durationMin=2147483647                  | 400 durationMin
            durationMin=2147483648                  | 400 durationMin
            durationMin=-2147483649                 | 400 durationMin
            durationMin=1e30                        | 400 durationMin
            durationMin=1.5                         | 400 durationMin
            durationMin="many"                      | 400 durationMin
            avgPaceSecPerKm=1                       | 201
            avgPaceSecPerKm=3600                    | 201
            avgPaceSecPerKm=3601                    | 400 avgPaceSecPerKm
            avgPaceSecPerKm=0                       | 400 avgPaceSecPerKm
            shoeId=99999999999999999999             | 400 shoeId
            shoeId=1e30                             | 400 shoeId
            date="1900-01-01"                       | 201
            date="1899-12-31"                       | 400 date
            date="0000-01-01"                       | 400 date
            date="+57443-01-01"                     | 400 date
            date="2026-02-30"                       | 400 date
            date=                                   | 400 date
            """)
    void sessionsAreBounded(String changes, String expected) throws Exception {
        expect(post("/api/v1/sessions"), JsonBodies.with(SESSION, changes), expected);
    }

    @ParameterizedTest(name = "check-in {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            morningPain=0                | 201
            morningPain=10               | 201
            morningPain=11               | 400 morningPain
            morningStiffness=11          | 400 morningStiffness
            morningStiffness=-1          | 400 morningStiffness
            sleepHours=24                | 201
            sleepHours=24.1              | 400 sleepHours
            sleepHours=-0.1              | 400 sleepHours
            sleepHours=1e30              | 400 sleepHours
            stress=10                    | 201
            stress=11                    | 400 stress
            stress=2147483648            | 400 stress
            date="1899-12-31"            | 400 date
            date="+57443-01-01"          | 400 date
            """)
    void checkInsAreBounded(String changes, String expected) throws Exception {
        expect(post("/api/v1/checkins"), JsonBodies.with(CHECK_IN, changes), expected);
    }

    @ParameterizedTest(name = "strength {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            sets=1                   | 201
            sets=50                  | 201
            sets=51                  | 400 sets
            sets=0                   | 400 sets
            reps=1000                | 201
            reps=1001                | 400 reps
            reps=0                   | 400 reps
            loadKg=0                 | 201
            loadKg=600               | 201
            loadKg=600.5             | 400 loadKg
            loadKg=-1                | 400 loadKg
            loadKg=1e30              | 400 loadKg
            holdSec=3600             | 201
            holdSec=3601             | 400 holdSec
            holdSec=0                | 400 holdSec
            holdSec=2147483648       | 400 holdSec
            painDuring=11            | 400 painDuring
            date="0000-01-01"        | 400 date
            """)
    void strengthIsBounded(String changes, String expected) throws Exception {
        expect(post("/api/v1/strength"), JsonBodies.with(STRENGTH, changes), expected);
    }

    @ParameterizedTest(name = "shoe {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            startKm=0                     | 201
            startKm=5000                  | 201
            startKm=5000.1                | 400 startKm
            startKm=-1                    | 400 startKm
            startKm=1e30                  | 400 startKm
            startedOn="1900-01-01"        | 201
            startedOn="1899-12-31"        | 400 startedOn
            startedOn="+57443-01-01"      | 400 startedOn
            retiredOn="0000-01-01"        | 400 retiredOn
            retiredOn="+57443-01-01"      | 400 retiredOn
            """)
    void shoesAreBounded(String changes, String expected) throws Exception {
        expect(post("/api/v1/shoes"), JsonBodies.with(SHOE, changes), expected);
    }

    /** The last plausible day is two years after today where the day begins first; the day after it is not. */
    static Stream<Arguments> edgesOfTheFuture() {
        LocalDate latest = LocalDate.now(ZoneOffset.ofHours(14)).plusYears(2);
        LocalDate safe = LocalDate.now(ZoneOffset.UTC).plusYears(2);
        return Stream.of(
                Arguments.of("/api/v1/sessions", SESSION, "date", safe, "201"),
                Arguments.of("/api/v1/sessions", SESSION, "date", latest.plusDays(1), "400 date"),
                Arguments.of("/api/v1/checkins", CHECK_IN, "date", safe, "201"),
                Arguments.of("/api/v1/checkins", CHECK_IN, "date", latest.plusDays(1), "400 date"),
                Arguments.of("/api/v1/strength", STRENGTH, "date", safe, "201"),
                Arguments.of("/api/v1/strength", STRENGTH, "date", latest.plusDays(1), "400 date"),
                Arguments.of(
                        "/api/v1/shoes",
                        SHOE.replace("\"retiredOn\":\"2026-03-01\"", "\"retiredOn\":null"),
                        "startedOn",
                        safe,
                        "201"),
                Arguments.of("/api/v1/shoes", SHOE, "startedOn", latest.plusDays(1), "400 startedOn"));
    }

    @ParameterizedTest(name = "{0} {2}={3} → {4}")
    @MethodSource("edgesOfTheFuture")
    void datesReachTwoYearsAhead(String path, String base, String field, LocalDate date, String expected)
            throws Exception {
        MvcResult result = expect(post(path), JsonBodies.with(base, field + "=\"" + date + "\""), expected);
        if (expected.startsWith("400")) {
            assertThat(body(result)).contains("must be between 1900-01-01 and ");
        }
    }

    @Test
    void theLargestWholeNumberIsNotStoredAsMinusSixtySeconds() throws Exception {
        expect(post("/api/v1/sessions"), JsonBodies.with(SESSION, "durationMin=2147483647"), "400 durationMin");
        String listed = body(expect(get("/api/v1/sessions?from=2026-03-01&to=2026-03-31"), null, "200"));
        assertThat((Integer) JsonPath.read(listed, "$.length()")).isZero();
    }

    @Test
    void aChangedSessionIsBoundedLikeANewOne() throws Exception {
        int id = JsonPath.read(body(expect(post("/api/v1/sessions"), SESSION, "201")), "$.id");
        expect(put("/api/v1/sessions/" + id), JsonBodies.with(SESSION, "durationMin=1441"), "400 durationMin");
        expect(put("/api/v1/sessions/" + id), JsonBodies.with(SESSION, "date=\"+57443-01-01\""), "400 date");
        String stored = body(expect(get("/api/v1/sessions/" + id), null, "200"));
        assertThat((Integer) JsonPath.read(stored, "$.durationSec")).isEqualTo(1500);
        assertThat((String) JsonPath.read(stored, "$.date")).isEqualTo("2026-03-09");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/sessions?from=1899-12-31             | from
            /api/v1/sessions?to=%2B57443-01-01           | to
            /api/v1/checkins?from=0000-01-01             | from
            /api/v1/strength?to=%2B57443-01-01           | to
            /api/v1/sessions?from=2026-01-01&to=99999-01-01 | to
            """)
    void listingsTakePlausibleDatesOnly(String path, String field) throws Exception {
        expect(get(path), null, "400 " + field);
    }

    @Test
    void listingsTakeTheWholeRange() throws Exception {
        expect(
                get("/api/v1/sessions?from=1900-01-01&to="
                        + LocalDate.now(ZoneOffset.UTC).plusYears(2)),
                null,
                "200");
    }

    private MvcResult expect(MockHttpServletRequestBuilder request, String json, String expected) throws Exception {
        request.header("Authorization", "Bearer " + token);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        if (expected.startsWith("400")) {
            request.with(malformedOnPurpose()); // out of the document's bounds on purpose
        }
        MvcResult result = mvc.perform(request).andReturn();
        String[] parts = expected.split(" ");
        assertThat(result.getResponse().getStatus())
                .as("%s %s", json, body(result))
                .isEqualTo(Integer.parseInt(parts[0]));
        if (parts.length > 1) {
            String answer = body(result);
            assertThat((String) JsonPath.read(answer, "$.errors[0].field")).isEqualTo(parts[1]);
            assertThat(answer).doesNotContainIgnoringCase("java").doesNotContain("2147483647", "Integer", "int ");
        }
        return result;
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }
}
