package dev.reload.advice.web;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.support.JsonBodies;
import dev.reload.support.WebSlice;
import dev.reload.support.WebSliceTest;

import static dev.reload.support.ApiContract.malformedOnPurpose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The advice preview's numbers and dates at their bounds (api.md, "Limits"). The slice's today is
 * 2026-03-11, so the last plausible date is 2028-03-11.
 */
@WebSliceTest
class AdvicePreviewBoundsTests {

    private static final String PLAN = """
            "plan":{"condition":"PATELLOFEMORAL_PAIN","targetActivity":"RUN","unit":"KM","startDate":"2026-02-16",\
            "weeklyGoal":30,"sessionsPerWeek":3,"progressionPercent":10,"tolerableDose":3}""";
    static final String WITH_SESSION = "{\"asOf\":\"2026-03-11\"," + PLAN + """
            ,"sessions":[{"date":"2026-03-09","activity":"RUN","volume":4,"rpe":4,"painDuring":2,"painAfter":2,\
            "durationMin":25,"avgPaceSecPerKm":360}],"painOnset":"2026-01-20",\
            "screening":{"answeredOn":"2026-02-16","redFlags":[]},\
            "assessment":{"sidePlankHoldSec":40,"newShoesOn":"2026-01-01","surfaceChangeOn":"2026-01-02",\
            "sleepHoursTypical":7,"age":40}}""";
    static final String WITH_CHECK_IN = "{\"asOf\":\"2026-03-11\"," + PLAN + """
            ,"checkins":[{"date":"2026-03-10","morningPain":1,"morningStiffness":1}]}""";
    static final String WITH_STRENGTH = "{\"asOf\":\"2026-03-11\"," + PLAN + """
            ,"strength":[{"date":"2026-03-09","exercise":"SPLIT_SQUAT","sets":3,"reps":12,"loadKg":10,\
            "painDuring":2,"holdSec":30}]}""";

    @Autowired
    private MockMvc mvc;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            asOf="2028-03-11"                 | 200
            asOf="2028-03-12"                 | 400 asOf
            asOf="0000-01-01"                 | 400 asOf
            asOf="+57443-01-01"               | 400 asOf
            startDate="1900-01-01"            | 400 asOf
            startDate="1899-12-31"            | 400 plan.startDate
            weeklyGoal=7000                   | 200
            weeklyGoal=7000.5                 | 400 plan.weeklyGoal
            weeklyGoal=1e30                   | 400 plan.weeklyGoal
            tolerableDose=1000                | 200
            tolerableDose=1000.5              | 400 plan.tolerableDose
            sessionsPerWeek=14                | 200
            sessionsPerWeek=15                | 400 plan.sessionsPerWeek
            sessionsPerWeek=2147483648        | 400 plan.sessionsPerWeek
            volume=1000                       | 200
            volume=1000.5                     | 400 sessions[0].volume
            volume=1e30                       | 400 sessions[0].volume
            durationMin=1440                  | 200
            durationMin=1441                  | 400 sessions[0].durationMin
            durationMin=2147483647            | 400 sessions[0].durationMin
            avgPaceSecPerKm=3601              | 400 sessions[0].avgPaceSecPerKm
            rpe=11                            | 400 sessions[0].rpe
            date="+57443-01-01"               | 400 sessions[0].date
            painOnset="0000-01-01"            | 400 painOnset
            answeredOn="+57443-01-01"         | 400 screening.answeredOn
            sidePlankHoldSec=3600             | 200
            sidePlankHoldSec=3601             | 400 assessment.sidePlankHoldSec
            newShoesOn="1899-12-31"           | 400 assessment.newShoesOn
            surfaceChangeOn="2028-03-12"      | 400 assessment.surfaceChangeOn
            sleepHoursTypical=24.5            | 400 assessment.sleepHoursTypical
            age=131                           | 400 assessment.age
            knobs={"stopPain":7}              | 200
            knobs={"stopPain":2147483648}     | 400 knobs.stopPain
            knobs={"deloadPercent":1e30}      | 400 knobs.deloadPercent
            """)
    void aPreviewWithASessionIsBounded(String changes, String expected) throws Exception {
        expect(JsonBodies.with(WITH_SESSION, changes), expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            morningPain=10                    | 200
            morningPain=11                    | 400 checkins[0].morningPain
            morningStiffness=11               | 400 checkins[0].morningStiffness
            date="0000-01-01"                 | 400 checkins[0].date
            """)
    void aPreviewWithACheckInIsBounded(String changes, String expected) throws Exception {
        expect(JsonBodies.with(WITH_CHECK_IN, changes), expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            sets=50                           | 200
            sets=51                           | 400 strength[0].sets
            reps=1001                         | 400 strength[0].reps
            loadKg=600                        | 200
            loadKg=601                        | 400 strength[0].loadKg
            holdSec=3601                      | 400 strength[0].holdSec
            holdSec=2147483648                | 400 strength[0].holdSec
            date="+57443-01-01"               | 400 strength[0].date
            """)
    void aPreviewWithStrengthWorkIsBounded(String changes, String expected) throws Exception {
        expect(JsonBodies.with(WITH_STRENGTH, changes), expected);
    }

    @ParameterizedTest(name = "asOf={0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1900-01-01        | 404
            2028-03-11        | 404
            1899-12-31        | 400
            2028-03-12        | 400
            0000-01-01        | 400
            %2B57443-01-01    | 400
            """)
    void theStoredAdviceIsAskedForOnAPlausibleDay(String asOf, int status) throws Exception {
        // no plan is stored in the slice: a plausible day finds none (404), an implausible one is refused
        MvcResult result = mvc.perform(get("/api/v1/advice?asOf=" + asOf)
                        .with(WebSlice.signedIn())
                        .with(status == 400 ? malformedOnPurpose() : r -> r))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        if (status == 400) {
            assertThat(JsonPath.<String>read(result.getResponse().getContentAsString(), "$.errors[0].field"))
                    .isEqualTo("asOf");
        }
    }

    private void expect(String json, String expected) throws Exception {
        MvcResult result = mvc.perform(post(AdvicePreviewController.PATH)
                        .with(csrf())
                        .with(expected.startsWith("400") ? malformedOnPurpose() : r -> r)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andReturn();
        String body = result.getResponse().getContentAsString();
        String[] parts = expected.split(" ");
        assertThat(result.getResponse().getStatus()).as("%s %s", json, body).isEqualTo(Integer.parseInt(parts[0]));
        if (parts.length > 1) {
            assertThat(JsonPath.<java.util.List<String>>read(body, "$.errors[*].field"))
                    .as(body)
                    .contains(parts[1]);
            assertThat(body).doesNotContainIgnoringCase("java").doesNotContain("2147483647");
        }
    }
}
