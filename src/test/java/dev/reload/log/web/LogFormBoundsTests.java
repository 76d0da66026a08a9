package dev.reload.log.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.BindingResult;

import dev.reload.account.AccountService;
import dev.reload.account.DistanceUnit;
import dev.reload.log.CheckInService;
import dev.reload.log.SessionService;
import dev.reload.log.ShoeService;
import dev.reload.log.StrengthService;
import dev.reload.support.WebSliceTest;

import static dev.reload.support.WebSlice.ME;
import static dev.reload.support.WebSlice.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The log's forms at the bounds of api.md's "Limits": a value just inside reaches the service, one
 * just outside (or not a number at all) is shown next to its field, named by the field's label,
 * and nothing is saved. The slice's last plausible date is 2028-03-11.
 */
@WebSliceTest
class LogFormBoundsTests {

    private static final Map<String, String> SESSION = Map.of(
            "date", "2026-03-09",
            "activity", "RUN",
            "unit", "KM",
            "volume", "4.5",
            "durationMin", "30",
            "rpe", "4",
            "painDuring", "2",
            "painAfter", "2");
    private static final Map<String, String> CHECK_IN =
            Map.of("date", "2026-03-10", "morningPain", "1", "morningStiffness", "1", "sleepHours", "7", "stress", "3");
    private static final Map<String, String> STRENGTH = Map.of(
            "date", "2026-03-09",
            "exercise", "SPLIT_SQUAT",
            "sets", "3",
            "reps", "10",
            "loadKg", "10",
            "holdSec", "30",
            "painDuring", "2");
    private static final Map<String, String> SHOE =
            Map.of("name", "Trail 3", "startedOn", "2026-01-05", "startDistance", "120");

    @Autowired
    MockMvc mvc;

    @Autowired
    SessionService sessions;

    @Autowired
    CheckInService checkIns;

    @Autowired
    StrengthService strength;

    @Autowired
    ShoeService shoes;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void inKilometres() {
        given(accounts.distanceUnit(ME)).willReturn(DistanceUnit.KM);
    }

    @ParameterizedTest(name = "{0}={1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            durationMin | 1440          |
            durationMin | 1441          | Minutes must be 0–1440.
            durationMin | 2147483647    | Minutes must be 0–1440.
            durationMin | 2147483648    | Minutes must be a whole number.
            durationMin | 1.5           | Minutes must be a whole number.
            rpe         | 10            |
            rpe         | 11            | Effort must be 0–10.
            rpe         | -1            | Effort must be 0–10.
            painAfter   | 11            | Pain after must be 0–10.
            volume      | 10000         |
            volume      | 10000.5       | How much must be 0–10000.
            volume      | 1e30          | How much must be 0–10000.
            volume      | lots          | How much must be a number, like 4 or 4.5.
            date        | 1900-01-01    |
            date        | 2028-03-11    |
            date        | 1899-12-31    | Day must be between 1900-01-01 and 2028-03-11.
            date        | 2028-03-12    | Day must be between 1900-01-01 and 2028-03-11.
            date        | +57443-01-01  | Day must be
            date        | 0000-01-01    | Day must be between 1900-01-01 and 2028-03-11.
            """)
    void theSessionFormIsBounded(String field, String value, String error) throws Exception {
        boolean saved = send(post("/log/sessions"), SESSION, field, value, "session", field, error);
        then(sessions).should(saved ? org.mockito.Mockito.times(1) : never()).add(any(), any());
    }

    @ParameterizedTest(name = "{0}={1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            morningPain      | 10           |
            morningPain      | 11           | Morning pain must be 0–10.
            morningStiffness | 11           | Morning stiffness must be 0–10.
            sleepHours       | 24           |
            sleepHours       | 24.5         | Hours slept must be 0–24.
            stress           | 2147483648   | Stress must be a whole number.
            date             | 1899-12-31   | Day must be between 1900-01-01 and 2028-03-11.
            """)
    void theCheckInFormIsBounded(String field, String value, String error) throws Exception {
        boolean saved = send(post("/log/checkins"), CHECK_IN, field, value, "checkIn", field, error);
        then(checkIns).should(saved ? org.mockito.Mockito.times(1) : never()).record(any(), any());
    }

    @ParameterizedTest(name = "{0}={1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            sets      | 50         |
            sets      | 51         | Sets must be 1–50.
            reps      | 1000       |
            reps      | 1001       | Repetitions must be 1–1000.
            loadKg    | 600        |
            loadKg    | 600.5      | Added load must be 0–600.
            holdSec   | 3600       |
            holdSec   | 3601       | Seconds per hold must be 1–3600.
            holdSec   | 99999999999 | Seconds per hold must be a whole number.
            date      | 2028-03-12 | Day must be between 1900-01-01 and 2028-03-11.
            """)
    void theStrengthFormIsBounded(String field, String value, String error) throws Exception {
        boolean saved = send(post("/log/strength"), STRENGTH, field, value, "strength", field, error);
        then(strength).should(saved ? org.mockito.Mockito.times(1) : never()).add(any(), any());
    }

    @ParameterizedTest(name = "{0}={1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            startDistance | 5000          |
            startDistance | 5000.5        | Distance before that must be 0–5000 km.
            startDistance | -1            | Distance before that must be 0–5000 km.
            startDistance | far           | Distance before that must be a number, like 120 or 120.5.
            startedOn     | 1900-01-01    |
            startedOn     | 1899-12-31    | In use since must be between 1900-01-01 and 2028-03-11.
            startedOn     | +57443-01-01  | In use since must be
            startedOn     | yesterday     | In use since must be a date.
            name          |               | Name is required.
            """)
    void theShoeFormIsBounded(String field, String value, String error) throws Exception {
        boolean saved = send(post("/log/shoes"), SHOE, field, value, "shoe", field, error);
        then(shoes).should(saved ? org.mockito.Mockito.times(1) : never()).add(any(), any());
    }

    /** Posts the form with {@code field} set to {@code value}; answers whether it was saved. */
    private boolean send(
            MockHttpServletRequestBuilder request,
            Map<String, String> form,
            String field,
            String value,
            String object,
            String errorField,
            String error)
            throws Exception {
        Map<String, String> params = new LinkedHashMap<>(form);
        params.put(field, value == null ? "" : value);
        params.forEach(request::param);
        MvcResult result = mvc.perform(request.with(signedIn()).with(csrf())).andReturn();
        if (error == null) {
            assertThat(result.getResponse().getStatus()).isEqualTo(302);
            return true;
        }
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        BindingResult errors =
                (BindingResult) result.getModelAndView().getModel().get(BindingResult.MODEL_KEY_PREFIX + object);
        assertThat(errors.getFieldErrors(errorField)).hasSize(1);
        assertThat(result.getResponse().getContentAsString())
                .contains(error)
                .doesNotContainIgnoringCase("java.")
                .doesNotContain("Failed to convert");
        return false;
    }
}
