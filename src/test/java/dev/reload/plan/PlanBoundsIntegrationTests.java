package dev.reload.plan;

import java.time.LocalDate;
import java.time.ZoneOffset;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.support.ApiAccounts;
import dev.reload.support.ApplicationTest;
import dev.reload.support.JsonBodies;

import static dev.reload.support.ApiContract.malformedOnPurpose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The plan's and the screen's numbers and dates at their bounds (api.md, "Limits"), through the whole path. */
@ApplicationTest
class PlanBoundsIntegrationTests {

    static final String PLAN = """
            {"condition":"PATELLOFEMORAL_PAIN","targetActivity":"RUN","unit":"KM","startDate":"2026-02-16",\
            "weeklyGoal":30,"sessionsPerWeek":3,"progressionPercent":10,"tolerableDose":3.0,"painOnset":"2026-01-20",\
            "assessment":{"sidePlankHoldSec":40,"newShoesOn":"2026-01-01","surfaceChangeOn":"2026-01-02",\
            "sleepHoursTypical":7,"age":40}}""";

    @Autowired
    private MockMvc mvc;

    private String token;

    @BeforeEach
    void account() throws Exception {
        token = ApiAccounts.newToken(mvc);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            weeklyGoal=7000                              | 201
            weeklyGoal=7000.01                           | 400 weeklyGoal
            unit="MINUTES"; weeklyGoal=10080             | 201
            unit="MINUTES"; weeklyGoal=10081             | 400 weeklyGoal
            targetActivity="JUMP_SPORT"; unit="JUMPS"; weeklyGoal=70000  | 201
            targetActivity="JUMP_SPORT"; unit="JUMPS"; weeklyGoal=70001  | 400 weeklyGoal
            weeklyGoal=0                                 | 400 weeklyGoal
            weeklyGoal=1e30                              | 400 weeklyGoal
            tolerableDose=0                              | 201
            tolerableDose=1000                           | 201
            tolerableDose=1000.01                        | 400 tolerableDose
            unit="MINUTES"; tolerableDose=1441           | 400 tolerableDose
            tolerableDose=-1                             | 400 tolerableDose
            sessionsPerWeek=14                           | 201
            sessionsPerWeek=15                           | 400 sessionsPerWeek
            sessionsPerWeek=2147483648                   | 400 sessionsPerWeek
            sessionsPerWeek=2.5                          | 400 sessionsPerWeek
            progressionPercent=15                        | 201
            progressionPercent=15.01                     | 400 progressionPercent
            startDate="1900-01-01"                       | 201
            startDate="1899-12-31"                       | 400 startDate
            startDate="0000-01-01"                       | 400 startDate
            startDate="+57443-01-01"                     | 400 startDate
            painOnset="1899-12-31"                       | 400 painOnset
            painOnset="+57443-01-01"                     | 400 painOnset
            sidePlankHoldSec=0                           | 201
            sidePlankHoldSec=3600                        | 201
            sidePlankHoldSec=3601                        | 400 assessment.sidePlankHoldSec
            sidePlankHoldSec=2147483648                  | 400 assessment.sidePlankHoldSec
            newShoesOn="0000-01-01"                      | 400 assessment.newShoesOn
            surfaceChangeOn="+57443-01-01"               | 400 assessment.surfaceChangeOn
            sleepHoursTypical=24                         | 201
            sleepHoursTypical=24.01                      | 400 assessment.sleepHoursTypical
            age=130                                      | 201
            age=131                                      | 400 assessment.age
            age=-1                                       | 400 assessment.age
            """)
    void plansAreBounded(String changes, String expected) throws Exception {
        expect("/api/v1/plans", JsonBodies.with(PLAN, changes), expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1900-01-01        | 201
            1899-12-31        | 400 answeredOn
            0000-01-01        | 400 answeredOn
            +57443-01-01      | 400 answeredOn
            """)
    void screensAreBounded(String answeredOn, String expected) throws Exception {
        expect("/api/v1/screenings", "{\"answeredOn\":\"" + answeredOn + "\",\"redFlags\":[]}", expected);
    }

    @Test
    void aPlanMayStartTwoYearsAheadAndNoLater() throws Exception {
        LocalDate safe = LocalDate.now(ZoneOffset.UTC).plusYears(2);
        LocalDate tooLate = LocalDate.now(ZoneOffset.ofHours(14)).plusYears(2).plusDays(1);
        expect("/api/v1/plans", JsonBodies.with(PLAN, "startDate=\"" + safe + "\""), "201");
        MvcResult refused =
                expect("/api/v1/plans", JsonBodies.with(PLAN, "startDate=\"" + tooLate + "\""), "400 startDate");
        assertThat(refused.getResponse().getContentAsString())
                .contains("must be between 1900-01-01 and " + tooLate.minusDays(1));
    }

    private MvcResult expect(String path, String json, String expected) throws Exception {
        MvcResult result = mvc.perform(post(path)
                        .with(expected.startsWith("400") ? malformedOnPurpose() : r -> r)
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andReturn();
        String body = result.getResponse().getContentAsString();
        String[] parts = expected.split(" ");
        assertThat(result.getResponse().getStatus()).as("%s %s", json, body).isEqualTo(Integer.parseInt(parts[0]));
        if (parts.length > 1) {
            assertThat(JsonPath.<String>read(body, "$.errors[0].field")).isEqualTo(parts[1]);
            assertThat(body).doesNotContainIgnoringCase("java").doesNotContain("2147483647");
        }
        return result;
    }
}
