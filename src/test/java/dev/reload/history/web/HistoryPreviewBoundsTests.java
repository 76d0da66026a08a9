package dev.reload.history.web;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.support.JsonBodies;
import dev.reload.support.WebSliceTest;

import static dev.reload.support.ApiContract.malformedOnPurpose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The history preview's numbers and dates at their bounds (api.md, "Limits"); each date on its
 * own (how long a span may be is another limit). The slice's last plausible date is 2028-03-11.
 */
@WebSliceTest
class HistoryPreviewBoundsTests {

    private static final String HISTORY = """
            {"painOnset":"2026-01-20","sessions":[{"date":"2026-01-05","activity":"RUN","volume":5,"rpe":4,\
            "painDuring":1,"painAfter":1,"durationMin":30,"avgPaceSecPerKm":360}]}""";

    @Autowired
    private MockMvc mvc;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            painOnset="1900-01-01"       | 200
            painOnset="2028-03-11"       | 200
            painOnset="1899-12-31"       | 400 painOnset
            painOnset="2028-03-12"       | 400 painOnset
            painOnset="+57443-01-01"     | 400 painOnset
            date="0000-01-01"            | 400 sessions[0].date
            date="+57443-01-01"          | 400 sessions[0].date
            volume=10000                 | 200
            volume=10000.5               | 400 sessions[0].volume
            volume=1e30                  | 400 sessions[0].volume
            rpe=10                       | 200
            rpe=11                       | 400 sessions[0].rpe
            painAfter=-1                 | 400 sessions[0].painAfter
            durationMin=1440             | 200
            durationMin=1441             | 400 sessions[0].durationMin
            durationMin=2147483647       | 400 sessions[0].durationMin
            durationMin=2147483648       | 400 sessions[0].durationMin
            avgPaceSecPerKm=3600         | 200
            avgPaceSecPerKm=3601         | 400 sessions[0].avgPaceSecPerKm
            """)
    void aHistoryIsBounded(String changes, String expected) throws Exception {
        String json = JsonBodies.with(HISTORY, changes);
        MvcResult result = mvc.perform(post(HistoryPreviewController.PATH)
                        .with(expected.startsWith("400") ? malformedOnPurpose() : r -> r)
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
    }
}
