package dev.reload.system;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import dev.reload.importing.gpx.GpxFiles;
import dev.reload.support.ApiAccounts;
import dev.reload.support.ApiCalls;
import dev.reload.support.ApplicationTest;
import dev.reload.support.Visitor;

import static dev.reload.support.ApiCalls.body;
import static dev.reload.support.ApiContract.malformedOnPurpose;
import static dev.reload.system.AccessMatrixIntegrationTests.Policy.ADMINS;
import static dev.reload.system.AccessMatrixIntegrationTests.Policy.CLINICIANS;
import static dev.reload.system.AccessMatrixIntegrationTests.Policy.EDITORS;
import static dev.reload.system.AccessMatrixIntegrationTests.Policy.LINKED_CLINICIAN_OF_P;
import static dev.reload.system.AccessMatrixIntegrationTests.Policy.OWNER_OF_ID;
import static dev.reload.system.AccessMatrixIntegrationTests.Policy.PATIENTS;
import static dev.reload.system.AccessMatrixIntegrationTests.Policy.PATIENT_OWNER_OF_ID;
import static dev.reload.system.AccessMatrixIntegrationTests.Policy.PUBLIC;
import static dev.reload.system.AccessMatrixIntegrationTests.Policy.SIGNED_IN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Who gets what (issue 13, point 7): every page and API endpoint of the application, asked by each
 * kind of caller, answers exactly what the security rules allow. One table below says it: a row per
 * handler (method and path as mapped), how its variables are filled from patient P's own resources,
 * what it sends, and a policy that turns the allowed answer into the answer of each caller. Pages
 * send the signed-out visitor to the login form; the API answers 401. A completeness test fails
 * naming any handler the table lacks, so a new endpoint cannot slip past the matrix.
 *
 * <p>Writes are chosen so that an allowed caller is stopped by validation or acts on a throwaway
 * resource of its row; in each row P, the owner, asks last, so that a delete or an unlink by P
 * comes after everyone else has been refused it.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIntegrationTests {

    private static final String PASSWORD = "amber-tundra-whistle";

    /** Handlers the table leaves out on purpose: the container's error page and the failing test endpoints. */
    private static final Set<String> NOT_IN_THE_TABLE =
            Set.of("* /error", "GET /test/failing-page", "GET /api/v1/test/failing");

    /** Handlers of other libraries: the OpenAPI document and its browser, public by the security rules. */
    private static final Pattern LIBRARY_HANDLERS = Pattern.compile("\\S+ (/v3/api-docs|/api-docs|/swagger-ui).*");

    /** Who asks. */
    enum Caller {
        ANONYMOUS,
        /** Patient P, whose resources fill the paths. */
        PATIENT,
        /** Patient Q, with an account and data of their own, no link to anyone. */
        OTHER_PATIENT,
        /** Clinician L, linked to P. */
        LINKED_CLINICIAN,
        /** Clinician U, never linked. */
        UNLINKED_CLINICIAN,
        /** Clinician F, linked to P once and unlinked by P. */
        FORMER_CLINICIAN,
        EDITOR,
        ADMIN;

        boolean clinician() {
            return this == LINKED_CLINICIAN || this == UNLINKED_CLINICIAN || this == FORMER_CLINICIAN;
        }

        boolean patient() {
            return this == PATIENT || this == OTHER_PATIENT;
        }
    }

    /** The order in which callers ask within a row: the owner last. */
    private static final List<Caller> ORDER = Stream.concat(
                    Arrays.stream(Caller.values()).filter(c -> c != Caller.PATIENT), Stream.of(Caller.PATIENT))
            .toList();

    /** The answer of each caller, from the answer of one who may. */
    enum Policy {
        /** Anyone, signed in or not. */
        PUBLIC,
        /** Any signed-in account, on its own data. */
        SIGNED_IN,
        /** P's own resource by id: P may, everyone signed in else is told it does not exist. */
        OWNER_OF_ID,
        /** Patients only (role PATIENT), on their own data. */
        PATIENTS,
        /** Patients only, on P's own resource by id: Q is told it does not exist. */
        PATIENT_OWNER_OF_ID,
        /** Clinicians only, on their own data. */
        CLINICIANS,
        /** One patient's data: only a clinician linked to P now; the others are told it does not exist. */
        LINKED_CLINICIAN_OF_P,
        /** Administrators only. */
        ADMINS,
        /** Drafts of the library: editors see them, for anyone else they do not exist. */
        EDITORS;

        int expected(Caller caller, int allowed, boolean api) {
            int signedOut = api ? 401 : 302;
            return switch (this) {
                case PUBLIC -> allowed;
                case SIGNED_IN -> caller == Caller.ANONYMOUS ? signedOut : allowed;
                case OWNER_OF_ID ->
                    switch (caller) {
                        case ANONYMOUS -> signedOut;
                        case PATIENT -> allowed;
                        default -> 404;
                    };
                case PATIENTS -> caller == Caller.ANONYMOUS ? signedOut : caller.patient() ? allowed : 403;
                case PATIENT_OWNER_OF_ID ->
                    switch (caller) {
                        case ANONYMOUS -> signedOut;
                        case PATIENT -> allowed;
                        case OTHER_PATIENT -> 404;
                        default -> 403;
                    };
                case CLINICIANS -> caller == Caller.ANONYMOUS ? signedOut : caller.clinician() ? allowed : 403;
                case LINKED_CLINICIAN_OF_P ->
                    switch (caller) {
                        case ANONYMOUS -> signedOut;
                        case LINKED_CLINICIAN -> allowed;
                        case UNLINKED_CLINICIAN, FORMER_CLINICIAN -> 404;
                        default -> 403;
                    };
                case ADMINS -> caller == Caller.ANONYMOUS ? signedOut : caller == Caller.ADMIN ? allowed : 403;
                case EDITORS -> caller == Caller.EDITOR ? allowed : 404;
            };
        }

        /** Whether the row reads or changes P's data through P's ids or P's account id. */
        boolean ofPatientP() {
            return this == OWNER_OF_ID || this == PATIENT_OWNER_OF_ID || this == LINKED_CLINICIAN_OF_P;
        }
    }

    /** The values of a path's variables, in order. */
    @FunctionalInterface
    interface Variables {
        List<Object> of(AccessMatrixIntegrationTests fixture) throws Exception;
    }

    /** What a request sends besides its path. */
    @FunctionalInterface
    interface Send {
        void onto(AccessMatrixIntegrationTests fixture, AbstractMockHttpServletRequestBuilder<?> request);
    }

    /**
     * One handler: method and path as mapped, the variables, what it sends, the policy and the
     * answer of a caller who may; {@code exceptions} for callers whose answer the policy does not
     * give (their own data differs from P's, e.g. no plan).
     */
    record Row(
            String method,
            String pattern,
            Variables variables,
            Send send,
            boolean multipart,
            Policy policy,
            int allowed,
            Map<Caller, Integer> exceptions) {

        boolean api() {
            return pattern.startsWith("/api/");
        }

        int expected(Caller caller) {
            return exceptions.getOrDefault(caller, policy.expected(caller, allowed, api()));
        }

        String key() {
            return method + " " + pattern;
        }

        Row except(Caller caller, int status) {
            Map<Caller, Integer> more = new EnumMap<>(Caller.class);
            more.putAll(exceptions);
            more.put(caller, status);
            return new Row(method, pattern, variables, send, multipart, policy, allowed, more);
        }

        /** Clinicians answer {@code status}. */
        Row clinicians(int status) {
            return except(Caller.LINKED_CLINICIAN, status)
                    .except(Caller.UNLINKED_CLINICIAN, status)
                    .except(Caller.FORMER_CLINICIAN, status);
        }

        /** Every signed-in caller but P answers {@code status} (they have none of what P has, e.g. a plan). */
        Row othersWithout(int status) {
            Row row = this;
            for (Caller caller : Caller.values()) {
                if (caller != Caller.ANONYMOUS
                        && caller != Caller.PATIENT
                        && policy.expected(caller, allowed, api()) == allowed) {
                    row = row.except(caller, status);
                }
            }
            return row;
        }
    }

    private static final Variables NONE = fixture -> List.of();
    private static final Send NOTHING = (fixture, request) -> {};

    private static Row row(String method, String pattern, Policy policy, int allowed) {
        return row(method, pattern, NONE, NOTHING, policy, allowed);
    }

    private static Row row(String method, String pattern, Variables variables, Policy policy, int allowed) {
        return row(method, pattern, variables, NOTHING, policy, allowed);
    }

    private static Row row(String method, String pattern, Send send, Policy policy, int allowed) {
        return row(method, pattern, NONE, send, policy, allowed);
    }

    private static Row row(String method, String pattern, Variables variables, Send send, Policy policy, int allowed) {
        return new Row(method, pattern, variables, send, false, policy, allowed, Map.of());
    }

    private static Row upload(String pattern, Send send, Policy policy, int allowed) {
        return new Row("POST", pattern, NONE, send, true, policy, allowed, Map.of());
    }

    /** A JSON body that an allowed caller gets refused with 400: sent malformed on purpose. */
    private static Send refusedJson(String json) {
        return (fixture, request) ->
                request.contentType(MediaType.APPLICATION_JSON).content(json).with(malformedOnPurpose());
    }

    /** A JSON body that keeps to the contract. */
    private static Send json(String json) {
        return (fixture, request) ->
                request.contentType(MediaType.APPLICATION_JSON).content(json);
    }

    /** Form fields, as name, value, name, value … */
    private static Send form(String... pairs) {
        return (fixture, request) -> {
            for (int i = 0; i < pairs.length; i += 2) {
                request.param(pairs[i], pairs[i + 1]);
            }
        };
    }

    static final String SESSION = """
            {"date":"%s","activity":"RUN","volume":3.0,"rpe":4,"painDuring":2,"painAfter":2,"notes":"%s"}""";
    static final String CHECK_IN = """
            {"date":"%s","morningPain":1,"morningStiffness":1,"sleepHours":7.5,"stress":3}""";
    static final String STRENGTH = """
            {"date":"%s","exercise":"SPLIT_SQUAT","sets":3,"reps":12,"loadKg":10,"painDuring":2}""";
    static final String SHOE = """
            {"name":"Trail 3","startedOn":"%s","startKm":120}""";
    static final String OUTCOME = """
            {"date":"%s","subscales":["PAIN"],"answers":{"P1":1,"P2":1,"P3":2,"P4":1,"P5":0}}""";

    /** The table: every handler of the application. */
    private static final List<Row> TABLE = List.of(
            // the front door, signing in and out, registering, passwords
            row("GET", "/", PUBLIC, 200)
                    .except(Caller.PATIENT, 302)
                    .except(Caller.OTHER_PATIENT, 302)
                    .except(Caller.LINKED_CLINICIAN, 302)
                    .except(Caller.UNLINKED_CLINICIAN, 302)
                    .except(Caller.FORMER_CLINICIAN, 302)
                    .except(Caller.EDITOR, 302)
                    .except(Caller.ADMIN, 302),
            row("GET", "/login", PUBLIC, 200),
            row("GET", "/register", PUBLIC, 200),
            row("POST", "/register", form("email", "not an email"), PUBLIC, 200),
            row("GET", "/register/confirm", form("token", "no-such-token"), PUBLIC, 404),
            row("POST", "/register/confirm", form("token", "no-such-token"), PUBLIC, 404),
            row("GET", "/password/forgot", PUBLIC, 200),
            row("POST", "/password/forgot", form("email", ""), PUBLIC, 400),
            row("GET", "/password/reset", form("token", "no-such-token"), PUBLIC, 404),
            row("POST", "/password/reset", form("token", "no-such-token", "password", "x"), PUBLIC, 404),
            row("GET", "/login/code", SIGNED_IN, 302),
            row("POST", "/login/code", form("code", "000000"), SIGNED_IN, 302),
            // the account
            row("GET", "/account", SIGNED_IN, 200),
            row("POST", "/account/time-zone", form("timeZone", "Nowhere/Atlantis"), SIGNED_IN, 200),
            row("POST", "/account/password", form("current", "wrong", "password", "x"), SIGNED_IN, 200),
            row("POST", "/account/units", form("distanceUnit", "LEAGUES"), SIGNED_IN, 400),
            row("POST", "/account/tokens", form("name", ""), SIGNED_IN, 302),
            row("POST", "/account/tokens/{id}/revoke", f -> List.of(f.throwawayTokenOfP()), OWNER_OF_ID, 302),
            // clinicians have two-step sign-in on already: the page goes to its section of the account page
            row("GET", "/account/two-step", SIGNED_IN, 200).clinicians(302),
            row("POST", "/account/two-step", form("code", "000000"), SIGNED_IN, 200)
                    .clinicians(302),
            row("POST", "/account/two-step/recovery-codes", form("password", "wrong"), SIGNED_IN, 302),
            row("POST", "/account/two-step/off", form("password", "wrong"), SIGNED_IN, 302),
            // the person's data: the export, and the deletion refused for a wrong password (a deletion that
            // succeeds would end the caller; YourDataContract deletes throwaway accounts)
            row("GET", "/account/export", SIGNED_IN, 200),
            row("GET", "/account/delete", SIGNED_IN, 200),
            row("POST", "/account/delete", form("password", "wrong"), SIGNED_IN, 200),
            row("GET", "/account/deleted", PUBLIC, 200),
            row("GET", "/api/v1/export", SIGNED_IN, 200),
            row("DELETE", "/api/v1/account", json("{\"password\":\"wrong\"}"), SIGNED_IN, 400),
            row("GET", "/api/v1/account", SIGNED_IN, 200),
            row("PATCH", "/api/v1/account", refusedJson("{\"timeZone\":\"Nowhere/Atlantis\"}"), SIGNED_IN, 400),
            row("POST", "/api/v1/accounts", refusedJson("{}"), PUBLIC, 400),
            row("POST", "/api/v1/accounts/confirmations", refusedJson("{\"token\":\"reg_unknown\"}"), PUBLIC, 400),
            row("POST", "/api/v1/tokens", refusedJson("{}"), PUBLIC, 400),
            row("GET", "/api/v1/tokens", SIGNED_IN, 200),
            row("DELETE", "/api/v1/tokens/{id}", f -> List.of(f.throwawayTokenOfP()), OWNER_OF_ID, 204),
            // administrators
            row("GET", "/admin/accounts", ADMINS, 200),
            row(
                    "POST",
                    "/admin/accounts/{id}/role",
                    f -> List.of(f.throwawayAccount()),
                    form("role", "PATIENT"),
                    ADMINS,
                    302),
            row("GET", "/api/v1/admin/accounts", ADMINS, 200),
            row(
                    "PUT",
                    "/api/v1/admin/accounts/{accountId}/role",
                    f -> List.of(f.throwawayAccount()),
                    json("{\"role\":\"PATIENT\"}"),
                    ADMINS,
                    200),
            // onboarding, the plan, the screen
            row("GET", "/onboarding", SIGNED_IN, 302),
            row("GET", "/onboarding/{slug}", f -> List.of("safety"), SIGNED_IN, 200),
            row(
                    "POST",
                    "/onboarding/{slug}",
                    f -> List.of("condition"),
                    form("condition", "NOT_A_CONDITION"),
                    SIGNED_IN,
                    200),
            row("POST", "/onboarding/non-impact", SIGNED_IN, 302),
            row("GET", "/plan", SIGNED_IN, 200),
            row("POST", "/plan/onset", form("painOnset", "2999-01-01"), SIGNED_IN, 200)
                    .othersWithout(404),
            row("GET", "/screening", SIGNED_IN, 200),
            row("POST", "/screening", form("redFlags", "NOT_A_FLAG"), SIGNED_IN, 400),
            row("POST", "/api/v1/plans", refusedJson("{}"), SIGNED_IN, 400),
            row("GET", "/api/v1/plans", SIGNED_IN, 200),
            row("GET", "/api/v1/plan/changes", SIGNED_IN, 200),
            row("GET", "/api/v1/plans/current", SIGNED_IN, 200).othersWithout(404),
            row("PATCH", "/api/v1/plans/current", json("{\"painOnset\":\"2999-01-01\"}"), SIGNED_IN, 400)
                    .othersWithout(404),
            row("GET", "/api/v1/plans/{id}", f -> List.of(f.plan), OWNER_OF_ID, 200),
            row("POST", "/api/v1/screenings", json("{\"answeredOn\":\"0000-01-01\",\"redFlags\":[]}"), SIGNED_IN, 400),
            row("GET", "/api/v1/screenings", SIGNED_IN, 200),
            // the calendar feed
            row("GET", "/api/v1/calendar", SIGNED_IN, 200),
            row("GET", "/api/v1/calendar/feed/{token}.ics", f -> List.of(f.feedOfP()), PUBLIC, 200),
            row("DELETE", "/api/v1/calendar", SIGNED_IN, 204),
            row("POST", "/plan/calendar", SIGNED_IN, 302),
            row("POST", "/plan/calendar/stop", SIGNED_IN, 302),
            // the day's advice
            row("GET", "/today", SIGNED_IN, 200),
            row("POST", "/today/checkin", form("morningPain", "11"), SIGNED_IN, 302),
            row("POST", "/today/strength", form("exercise", "NOT_AN_EXERCISE"), SIGNED_IN, 400),
            row("GET", "/api/v1/advice", SIGNED_IN, 200).othersWithout(404),
            row("POST", "/api/v1/advice/preview", refusedJson("{}"), PUBLIC, 400),
            // the log: pages
            row("GET", "/log", SIGNED_IN, 200),
            row("GET", "/log/session", SIGNED_IN, 200),
            row("GET", "/log/strength", SIGNED_IN, 200),
            row("GET", "/log/checkin", SIGNED_IN, 200),
            row("POST", "/log/sessions", form("volume", "-1"), SIGNED_IN, 200),
            row("POST", "/log/checkins", form("morningPain", "11"), SIGNED_IN, 200),
            row("POST", "/log/strength", form("sets", "0"), SIGNED_IN, 200),
            row("GET", "/log/{kind}/{id}/edit", f -> List.of("sessions", f.session), OWNER_OF_ID, 200),
            row("GET", "/log/{kind}/{id}/edit", f -> List.of("checkins", f.checkIn), OWNER_OF_ID, 200),
            row("GET", "/log/{kind}/{id}/edit", f -> List.of("strength", f.strength), OWNER_OF_ID, 200),
            row("POST", "/log/sessions/{id}", f -> List.of(f.session), form("volume", "-1"), OWNER_OF_ID, 200),
            row("POST", "/log/checkins/{id}", f -> List.of(f.checkIn), form("morningPain", "11"), OWNER_OF_ID, 200),
            row("POST", "/log/strength/{id}", f -> List.of(f.strength), form("sets", "0"), OWNER_OF_ID, 200),
            row("POST", "/log/sessions/{id}/pain", f -> List.of(f.session), form("painAfter", "11"), OWNER_OF_ID, 302),
            row("GET", "/log/shoes", SIGNED_IN, 200),
            row("POST", "/log/shoes", form("name", ""), SIGNED_IN, 200),
            row("POST", "/log/{kind}/{id}/delete", f -> List.of("sessions", f.throwawaySession()), OWNER_OF_ID, 302),
            row("POST", "/log/{kind}/{id}/delete", f -> List.of("shoes", f.throwawayShoe()), OWNER_OF_ID, 302),
            // an undo that finds nothing of the caller's says so on the page it goes back to
            row("POST", "/log/{kind}/{id}/undo", f -> List.of("sessions", f.deleted("sessions")), SIGNED_IN, 302),
            row("GET", "/log/all", SIGNED_IN, 200),
            // the log: API
            row("GET", "/api/v1/log", SIGNED_IN, 200),
            row("POST", "/api/v1/sessions", refusedJson("{}"), SIGNED_IN, 400),
            row("GET", "/api/v1/sessions", SIGNED_IN, 200),
            row("GET", "/api/v1/sessions/{id}", f -> List.of(f.session), OWNER_OF_ID, 200),
            row(
                    "PUT",
                    "/api/v1/sessions/{id}",
                    f -> List.of(f.session),
                    (f, r) -> f.same(SESSION, r),
                    OWNER_OF_ID,
                    200),
            row("DELETE", "/api/v1/sessions/{id}", f -> List.of(f.throwawaySession()), OWNER_OF_ID, 204),
            row("POST", "/api/v1/sessions/{id}/restore", f -> List.of(f.deleted("sessions")), OWNER_OF_ID, 200),
            row("POST", "/api/v1/checkins", refusedJson("{}"), SIGNED_IN, 400),
            row("GET", "/api/v1/checkins", SIGNED_IN, 200),
            row("GET", "/api/v1/checkins/{id}", f -> List.of(f.checkIn), OWNER_OF_ID, 200),
            row(
                    "PUT",
                    "/api/v1/checkins/{id}",
                    f -> List.of(f.checkIn),
                    (f, r) -> f.same(CHECK_IN, r),
                    OWNER_OF_ID,
                    200),
            row("DELETE", "/api/v1/checkins/{id}", f -> List.of(f.throwawayCheckIn()), OWNER_OF_ID, 204),
            row("POST", "/api/v1/checkins/{id}/restore", f -> List.of(f.deleted("checkins")), OWNER_OF_ID, 200),
            row("POST", "/api/v1/strength", refusedJson("{}"), SIGNED_IN, 400),
            row("GET", "/api/v1/strength", SIGNED_IN, 200),
            row("GET", "/api/v1/strength/{id}", f -> List.of(f.strength), OWNER_OF_ID, 200),
            row(
                    "PUT",
                    "/api/v1/strength/{id}",
                    f -> List.of(f.strength),
                    (f, r) -> f.same(STRENGTH, r),
                    OWNER_OF_ID,
                    200),
            row("DELETE", "/api/v1/strength/{id}", f -> List.of(f.throwawayStrength()), OWNER_OF_ID, 204),
            row("POST", "/api/v1/strength/{id}/restore", f -> List.of(f.deleted("strength")), OWNER_OF_ID, 200),
            row("POST", "/api/v1/shoes", refusedJson("{}"), SIGNED_IN, 400),
            row("GET", "/api/v1/shoes", SIGNED_IN, 200),
            row("PUT", "/api/v1/shoes/{id}", f -> List.of(f.shoe), (f, r) -> f.same(SHOE, r), OWNER_OF_ID, 200),
            row("DELETE", "/api/v1/shoes/{id}", f -> List.of(f.throwawayShoe()), OWNER_OF_ID, 204),
            row("POST", "/api/v1/shoes/{id}/restore", f -> List.of(f.deleted("shoes")), OWNER_OF_ID, 200),
            // imports and history
            row("GET", "/history/import", SIGNED_IN, 200),
            upload("/history/import", NOTHING, SIGNED_IN, 200),
            row("GET", "/history/import/{id}/progress", f -> List.of(f.importId), OWNER_OF_ID, 200),
            row("GET", "/history", SIGNED_IN, 200),
            upload("/api/v1/imports", (f, r) -> r.with(malformedOnPurpose()), SIGNED_IN, 400),
            row("GET", "/api/v1/imports/{id}", f -> List.of(f.importId), OWNER_OF_ID, 200),
            // an empty history is a history: the preview stores nothing
            row("POST", "/api/v1/history/preview", json("{}"), PUBLIC, 200),
            // outcomes, progress, the report
            row("GET", "/outcomes", SIGNED_IN, 200),
            // without the parts filled in, the form goes back to choosing them
            row("GET", "/outcomes/new", SIGNED_IN, 302),
            row("POST", "/outcomes", form("date", ""), SIGNED_IN, 302),
            row("POST", "/outcomes/{id}/delete", f -> List.of(f.throwawayOutcome()), OWNER_OF_ID, 302),
            row("POST", "/api/v1/outcomes", refusedJson("{}"), SIGNED_IN, 400),
            row("GET", "/api/v1/outcomes", SIGNED_IN, 200),
            row("GET", "/api/v1/outcomes/{id}", f -> List.of(f.outcome), OWNER_OF_ID, 200),
            row("DELETE", "/api/v1/outcomes/{id}", f -> List.of(f.throwawayOutcome()), OWNER_OF_ID, 204),
            row("GET", "/api/v1/outcomes/pain-trend", SIGNED_IN, 200),
            row("GET", "/progress", SIGNED_IN, 200),
            row("GET", "/api/v1/progress", SIGNED_IN, 200),
            row("GET", "/report.pdf", SIGNED_IN, 200),
            row("GET", "/api/v1/report.pdf", SIGNED_IN, 200),
            // the patient's side of the clinic
            row("GET", "/account/clinician", PATIENTS, 200),
            row("POST", "/account/clinician/invites", PATIENTS, 302),
            row(
                    "POST",
                    "/account/clinician/links/{clinicianId}/unlink",
                    f -> List.of(f.throwawayLinkedClinician()),
                    PATIENT_OWNER_OF_ID,
                    302),
            row("GET", "/account/clinician/audit", PATIENTS, 200),
            row("POST", "/api/v1/invites", PATIENTS, 201),
            row("GET", "/api/v1/links", PATIENTS, 200),
            row(
                    "DELETE",
                    "/api/v1/links/{clinicianId}",
                    f -> List.of(f.throwawayLinkedClinician()),
                    PATIENT_OWNER_OF_ID,
                    204),
            row("GET", "/api/v1/notes", PATIENTS, 200),
            row("GET", "/api/v1/audit", PATIENTS, 200),
            // the clinician's side
            row("GET", "/clinic", CLINICIANS, 200),
            row("GET", "/clinic/invites", CLINICIANS, 200),
            row("POST", "/clinic/invites", form("code", "not a code"), CLINICIANS, 200),
            row("POST", "/api/v1/invites/{code}/redeem", f -> List.of("not-a-code"), CLINICIANS, 400),
            row("GET", "/api/v1/patients", CLINICIANS, 200),
            // one patient's data: P's, through the gate
            row("GET", "/clinic/patients/{accountId}", f -> List.of(f.patientId), LINKED_CLINICIAN_OF_P, 200),
            row("GET", "/clinic/patients/{accountId}/log", f -> List.of(f.patientId), LINKED_CLINICIAN_OF_P, 200),
            row("GET", "/clinic/patients/{accountId}/progress", f -> List.of(f.patientId), LINKED_CLINICIAN_OF_P, 200),
            row("GET", "/clinic/patients/{accountId}/notes", f -> List.of(f.patientId), LINKED_CLINICIAN_OF_P, 200),
            row(
                    "POST",
                    "/clinic/patients/{accountId}/notes",
                    f -> List.of(f.patientId),
                    form("body", "Easy runs this week."),
                    LINKED_CLINICIAN_OF_P,
                    302),
            row(
                    "GET",
                    "/clinic/patients/{accountId}/report.pdf",
                    f -> List.of(f.patientId),
                    LINKED_CLINICIAN_OF_P,
                    200),
            row("GET", "/clinic/patients/{accountId}/plan", f -> List.of(f.patientId), LINKED_CLINICIAN_OF_P, 200),
            // a step out of bounds: the form comes back naming it, nothing is stored
            row(
                    "POST",
                    "/clinic/patients/{accountId}/plan",
                    f -> List.of(f.patientId),
                    form("stepPercent", "99"),
                    LINKED_CLINICIAN_OF_P,
                    200),
            row(
                    "PUT",
                    "/api/v1/patients/{accountId}/knobs",
                    f -> List.of(f.patientId),
                    json("{\"stepPercent\":99}"),
                    LINKED_CLINICIAN_OF_P,
                    400),
            row(
                    "POST",
                    "/api/v1/patients/{accountId}/what-if",
                    f -> List.of(f.patientId),
                    json("{}"),
                    LINKED_CLINICIAN_OF_P,
                    200),
            row("GET", "/api/v1/patients/{accountId}/advice", f -> List.of(f.patientId), LINKED_CLINICIAN_OF_P, 200),
            row("GET", "/api/v1/patients/{accountId}/sessions", f -> List.of(f.patientId), LINKED_CLINICIAN_OF_P, 200),
            row("GET", "/api/v1/patients/{accountId}/notes", f -> List.of(f.patientId), LINKED_CLINICIAN_OF_P, 200),
            row(
                    "POST",
                    "/api/v1/patients/{accountId}/notes",
                    f -> List.of(f.patientId),
                    json("{\"body\":\"Easy runs this week.\"}"),
                    LINKED_CLINICIAN_OF_P,
                    201),
            // public: the finder, exercises, the library
            row("GET", "/finder", PUBLIC, 200),
            row("POST", "/finder", form("area", "NOWHERE"), PUBLIC, 200),
            row("POST", "/api/v1/finder", json("{}"), PUBLIC, 200),
            row("GET", "/exercises", PUBLIC, 200),
            row("GET", "/exercises/{id}", f -> List.of("CLAMSHELL"), PUBLIC, 200),
            row("GET", "/api/v1/exercises", PUBLIC, 200),
            row("GET", "/api/v1/exercises/{id}", f -> List.of("CLAMSHELL"), PUBLIC, 200),
            row("GET", "/library", PUBLIC, 200),
            row("GET", "/library/search", form("q", "knee"), PUBLIC, 200),
            row(
                    "GET",
                    "/library/{folder:conditions|guides|categories|about}/{slug}",
                    f -> List.of("conditions", "it-band-syndrome"),
                    PUBLIC,
                    200),
            row(
                    "GET",
                    "/library/{folder:conditions|guides|categories|about}/{slug}",
                    f -> List.of("guides", "cross-training"),
                    EDITORS,
                    200),
            row("GET", "/library/drafts", EDITORS, 200),
            row("GET", "/library/**", f -> List.of("no/such/page"), PUBLIC, 404),
            row("GET", "/library/feed.atom", PUBLIC, 200),
            row("GET", "/sitemap.xml", PUBLIC, 200),
            row("GET", "/robots.txt", PUBLIC, 200));

    @Autowired
    private MockMvc mvc;

    @Autowired
    private Clock clock;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    private final Map<Caller, Visitor> visitors = new EnumMap<>(Caller.class);
    private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    private final AtomicInteger days = new AtomicInteger(2);

    private LocalDate today;
    private String patientEmail;
    /** A word in P's session notes and in the clinician's note to P: no answer to anyone else may hold it. */
    private String secret;

    long patientId;
    long plan;
    long session;
    long checkIn;
    long strength;
    long shoe;
    long outcome;
    long importId;
    long linkedClinicianId;

    @BeforeAll
    void everyoneAndPsData() throws Exception {
        today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        secret = "Matrix" + UUID.randomUUID().toString().substring(0, 8);

        patientEmail = patient(Caller.PATIENT, "Pat");
        String p = tokens.get(Caller.PATIENT);
        patientId = id(ApiCalls.send(mvc, p, get("/api/v1/account"), null, 200));
        plan = id(ApiCalls.send(mvc, p, post("/api/v1/plans"), """
                {"condition":"PATELLOFEMORAL_PAIN","targetActivity":"RUN","unit":"KM","startDate":"%s",
                 "weeklyGoal":30,"sessionsPerWeek":3,"progressionPercent":10,"tolerableDose":3.0}""".formatted(today.minusDays(14)), 201));
        ApiCalls.send(mvc, p, post("/api/v1/screenings"), """
                {"answeredOn":"%s","redFlags":[]}""".formatted(today.minusDays(14)), 201);
        session =
                id(ApiCalls.send(mvc, p, post("/api/v1/sessions"), SESSION.formatted(today.minusDays(1), secret), 201));
        checkIn = id(ApiCalls.send(mvc, p, post("/api/v1/checkins"), CHECK_IN.formatted(today.minusDays(1)), 201));
        strength = id(ApiCalls.send(mvc, p, post("/api/v1/strength"), STRENGTH.formatted(today.minusDays(1)), 201));
        shoe = id(ApiCalls.send(mvc, p, post("/api/v1/shoes"), SHOE.formatted(today.minusDays(30)), 201));
        outcome = id(ApiCalls.send(mvc, p, post("/api/v1/outcomes"), OUTCOME.formatted(today), 201));
        MvcResult imported = mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile(
                                "file",
                                "run.gpx",
                                MediaType.APPLICATION_OCTET_STREAM_VALUE,
                                GpxFiles.runAt(clock.instant().minusSeconds(86_400 * 3))))
                        .header("Authorization", "Bearer " + p))
                .andReturn();
        assertThat(imported.getResponse().getStatus()).isEqualTo(202);
        importId = id(imported);

        patient(Caller.OTHER_PATIENT, "Quinn");
        ApiCalls.send(
                mvc,
                tokens.get(Caller.OTHER_PATIENT),
                post("/api/v1/sessions"),
                SESSION.formatted(today.minusDays(1), "Quinn's run"),
                201);

        clinician(Caller.LINKED_CLINICIAN, "Dr Linked");
        clinician(Caller.UNLINKED_CLINICIAN, "Dr Unlinked");
        clinician(Caller.FORMER_CLINICIAN, "Dr Former");
        linkedClinicianId = link(tokens.get(Caller.LINKED_CLINICIAN));
        long former = link(tokens.get(Caller.FORMER_CLINICIAN));
        ApiCalls.send(mvc, p, delete("/api/v1/links/" + former), null, 204);
        ApiCalls.send(
                mvc,
                tokens.get(Caller.LINKED_CLINICIAN),
                post("/api/v1/patients/" + patientId + "/notes"),
                "{\"body\":\"" + secret + " note\"}",
                201);

        withRole(Caller.EDITOR, "EDITOR", "Edna");
        withRole(Caller.ADMIN, "ADMIN", "Ada");
        visitors.put(Caller.ANONYMOUS, new Visitor(mvc));
    }

    @TestFactory
    Stream<DynamicContainer> everyCallerGetsExactlyTheAllowedAnswer() {
        return TABLE.stream().map(row -> {
            List<Object> values = new ArrayList<>();
            boolean[] filled = {false};
            return DynamicContainer.dynamicContainer(
                    row.key(),
                    ORDER.stream()
                            .map(caller -> DynamicTest.dynamicTest(
                                    row.key() + " as " + caller + " → " + row.expected(caller), () -> {
                                        if (!filled[0]) {
                                            values.addAll(row.variables().of(this));
                                            filled[0] = true;
                                        }
                                        MvcResult result = ask(row, values, caller);
                                        assertAnswer(row, caller, result);
                                    })));
        });
    }

    /**
     * Cross-site request forgery: every page request that changes something, sent without the
     * form's CSRF token, is refused with 403 before its handler runs, for P and for a stranger.
     */
    @TestFactory
    Stream<DynamicTest> everyPageRequestThatChangesSomethingNeedsItsCsrfToken() {
        return TABLE.stream()
                .filter(row -> !row.api()
                        && !row.method().equals("GET")
                        && !row.method().equals("HEAD"))
                .flatMap(row -> Stream.of(Caller.PATIENT, Caller.ANONYMOUS)
                        .map(caller ->
                                DynamicTest.dynamicTest(row.key() + " as " + caller + " without CSRF → 403", () -> {
                                    URI uri = URI.create(
                                            fill(row.pattern(), row.variables().of(this)));
                                    AbstractMockHttpServletRequestBuilder<?> request = row.multipart()
                                            ? multipart(HttpMethod.valueOf(row.method()), uri)
                                            : request(HttpMethod.valueOf(row.method()), uri);
                                    row.send().onto(this, request);
                                    Visitor visitor =
                                            caller == Caller.ANONYMOUS ? new Visitor(mvc) : visitors.get(caller);
                                    assertThat(visitor.perform(request)
                                                    .getResponse()
                                                    .getStatus())
                                            .isEqualTo(403);
                                })));
    }

    @Test
    void anAdministratorManagesRolesButReadsNoneOfPsHealthDataWithoutALink() throws Exception {
        Visitor admin = visitors.get(Caller.ADMIN);
        String token = tokens.get(Caller.ADMIN);
        assertThat(admin.perform(get("/admin/accounts")).getResponse().getStatus())
                .isEqualTo(200);
        ApiCalls.send(mvc, token, get("/api/v1/admin/accounts"), null, 200);
        long account = throwawayAccount();
        ApiCalls.send(mvc, token, put("/api/v1/admin/accounts/" + account + "/role"), "{\"role\":\"EDITOR\"}", 200);
        assertThat(role(account)).isEqualTo("EDITOR");
        MvcResult changed = admin.perform(
                post("/admin/accounts/" + account + "/role").with(csrf()).param("role", "PATIENT"));
        assertThat(changed.getResponse().getStatus()).isEqualTo(302);
        assertThat(role(account)).isEqualTo("PATIENT");

        List<String> asked = new ArrayList<>();
        for (Row row : TABLE) {
            if (!row.policy().ofPatientP()) {
                continue;
            }
            MvcResult result = ask(row, row.variables().of(this), Caller.ADMIN);
            int status = result.getResponse().getStatus();
            assertThat(status)
                    .as(row.key() + " as the administrator")
                    .isIn(403, 404)
                    .isEqualTo(row.expected(Caller.ADMIN));
            assertThat(result.getResponse().getContentAsString()).doesNotContain(secret);
            asked.add(row.key());
        }
        assertThat(asked)
                .as("the clinic's paths of P and P's own ids")
                .contains(
                        "GET /clinic/patients/{accountId}",
                        "GET /api/v1/patients/{accountId}/sessions",
                        "GET /api/v1/sessions/{id}",
                        "GET /api/v1/imports/{id}");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE patient_id = :p AND actor_id = :a")
                        .param("p", patientId)
                        .param("a", id(ApiCalls.send(mvc, token, get("/api/v1/account"), null, 200)))
                        .query(Long.class)
                        .single())
                .as("no read of P's by the administrator")
                .isZero();
    }

    private String role(long account) {
        return jdbc.sql("SELECT role FROM account WHERE id = :id")
                .param("id", account)
                .query(String.class)
                .single();
    }

    @Test
    void theTableHasARowForEveryHandler() {
        Set<String> inTable = new TreeSet<>();
        TABLE.forEach(row -> inTable.add(row.key()));
        Set<String> handlers = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
            if (methods.isEmpty()) {
                methods.add("*");
            }
            for (String pattern : info.getPatternValues()) {
                for (String method : methods) {
                    handlers.add(method + " " + pattern);
                }
            }
        }
        handlers.removeIf(
                h -> NOT_IN_THE_TABLE.contains(h) || LIBRARY_HANDLERS.matcher(h).matches());
        Set<String> missing = new TreeSet<>(handlers);
        missing.removeAll(inTable);
        Set<String> gone = new TreeSet<>(inTable);
        gone.removeAll(handlers);
        assertThat(missing).as("handlers without a row in the access matrix").isEmpty();
        assertThat(gone).as("rows of the access matrix without a handler").isEmpty();
    }

    private MvcResult ask(Row row, List<Object> values, Caller caller) throws Exception {
        URI uri = URI.create(fill(row.pattern(), values));
        HttpMethod method = HttpMethod.valueOf(row.method());
        AbstractMockHttpServletRequestBuilder<?> request =
                row.multipart() ? multipart(method, uri) : request(method, uri);
        row.send().onto(this, request);
        if (row.api()) {
            // each from an address of its own: the wrong passwords of one row are not the next caller's
            request.with(ApiCalls.fromAnAddressOfItsOwn());
            String token = tokens.get(caller);
            if (token == null) {
                request.with(malformedOnPurpose());
            } else {
                request.header("Authorization", "Bearer " + token);
            }
            return mvc.perform(request).andReturn();
        }
        if (method != HttpMethod.GET) {
            request.with(csrf());
        }
        Visitor visitor = caller == Caller.ANONYMOUS ? new Visitor(mvc) : visitors.get(caller);
        return visitor.perform(request);
    }

    private void assertAnswer(Row row, Caller caller, MvcResult result) throws Exception {
        int expected = row.expected(caller);
        String body = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus())
                .as(row.key() + " as " + caller + " (Location "
                        + result.getResponse().getRedirectedUrl() + "): "
                        + body.substring(0, Math.min(300, body.length())))
                .isEqualTo(expected);
        if (caller == Caller.ANONYMOUS && expected == 302 && row.policy() != Policy.PUBLIC) {
            assertThat(result.getResponse().getRedirectedUrl())
                    .as("to the login form")
                    .endsWith("/login");
        }
        if (caller != Caller.PATIENT && caller != Caller.LINKED_CLINICIAN) {
            assertThat(body).as("nothing of P's for " + caller).doesNotContain(secret);
        }
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]*}|\\*\\*");

    private static String fill(String pattern, List<Object> values) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        int i = 0;
        while (matcher.find()) {
            assertThat(i).as("a value for every variable of " + pattern).isLessThan(values.size());
            matcher.appendReplacement(path, Matcher.quoteReplacement(String.valueOf(values.get(i++))));
        }
        matcher.appendTail(path);
        assertThat(i).as("as many values as variables in " + pattern).isEqualTo(values.size());
        return path.toString();
    }

    // --- the people ---

    private String patient(Caller caller, String name) throws Exception {
        Visitor visitor = new Visitor(mvc);
        String email = "matrix-" + caller.name().toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
        visitor.perform(post("/register")
                .with(csrf())
                .param("email", email)
                .param("displayName", name)
                .param("password", PASSWORD)
                .param("timeZone", "UTC"));
        assertThat(visitor.perform(get("/account")).getResponse().getStatus()).isEqualTo(200);
        visitors.put(caller, visitor);
        tokens.put(caller, token(email, null));
        return email;
    }

    private void clinician(Caller caller, String name) throws Exception {
        ApiAccounts.Clinician clinician = ApiAccounts.clinician(mvc, "matrix-dr", name, clock);
        visitors.put(caller, clinician.visitor());
        tokens.put(caller, clinician.token(mvc, clock));
    }

    private void withRole(Caller caller, String role, String name) throws Exception {
        Visitor visitor = new Visitor(mvc);
        String email = visitor.register("matrix-" + role.toLowerCase(), name);
        jdbc.sql("UPDATE account SET role = :role WHERE email = :email")
                .param("role", role)
                .param("email", email)
                .update();
        visitor.perform(post("/login").with(csrf()).param("email", email).param("password", PASSWORD));
        assertThat(visitor.perform(get("/account")).getResponse().getStatus()).isEqualTo(200);
        visitors.put(caller, visitor);
        tokens.put(caller, token(email, null));
    }

    private String token(String email, String code) throws Exception {
        return ApiAccounts.token(mvc, email, code);
    }

    /** Links the clinician of {@code token} to P by P's invite; answers the clinician's id. */
    private long link(String token) throws Exception {
        String code = JsonPath.read(
                body(ApiCalls.send(mvc, tokens.get(Caller.PATIENT), post("/api/v1/invites"), null, 201)), "$.code");
        ApiCalls.send(mvc, token, post("/api/v1/invites/" + code + "/redeem"), null, 200);
        return id(ApiCalls.send(mvc, token, get("/api/v1/account"), null, 200));
    }

    private static long id(MvcResult result) throws Exception {
        return ((Number) JsonPath.read(body(result), "$.id")).longValue();
    }

    // --- throwaway resources of P, for the rows that delete or change ---

    long throwawayTokenOfP() throws Exception {
        MvcResult token = new Visitor(mvc)
                .perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + patientEmail + "\",\"password\":\"" + PASSWORD + "\"}"));
        assertThat(token.getResponse().getStatus()).isEqualTo(200);
        return id(token);
    }

    long throwawayAccount() throws Exception {
        String email = "matrix-throwaway-" + UUID.randomUUID() + "@example.org";
        MvcResult registered = mvc.perform(post("/api/v1/accounts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
                                + "\",\"displayName\":\"Throwaway\"}"))
                .andReturn();
        assertThat(registered.getResponse().getStatus()).isEqualTo(201);
        return id(registered);
    }

    long throwaway(String what, String json) throws Exception {
        return id(ApiCalls.send(mvc, tokens.get(Caller.PATIENT), post("/api/v1/" + what), json, 201));
    }

    long throwawaySession() throws Exception {
        return throwaway("sessions", SESSION.formatted(today.minusDays(2), "throwaway"));
    }

    long throwawayCheckIn() throws Exception {
        return throwaway("checkins", CHECK_IN.formatted(today.minusDays(days.incrementAndGet())));
    }

    long throwawayStrength() throws Exception {
        return throwaway("strength", STRENGTH.formatted(today.minusDays(2)));
    }

    long throwawayShoe() throws Exception {
        return throwaway("shoes", SHOE.formatted(today.minusDays(30)));
    }

    long throwawayOutcome() throws Exception {
        return throwaway("outcomes", OUTCOME.formatted(today.minusDays(1)));
    }

    /** A throwaway entry of P's, deleted: {@code kind} as the API names it. */
    long deleted(String kind) throws Exception {
        long id = switch (kind) {
            case "sessions" -> throwawaySession();
            case "checkins" -> throwawayCheckIn();
            case "strength" -> throwawayStrength();
            case "shoes" -> throwawayShoe();
            default -> throw new IllegalArgumentException(kind);
        };
        ApiCalls.send(mvc, tokens.get(Caller.PATIENT), delete("/api/v1/" + kind + "/" + id), null, 204);
        return id;
    }

    /** A clinician linked to P for a row that unlinks them: their account id. */
    long throwawayLinkedClinician() throws Exception {
        Caller slot = Caller.UNLINKED_CLINICIAN;
        Visitor keep = visitors.get(slot);
        String keepToken = tokens.get(slot);
        clinician(slot, "Dr Throwaway");
        String token = tokens.get(slot);
        visitors.put(slot, keep);
        tokens.put(slot, keepToken);
        return link(token);
    }

    /** P's calendar feed token, made if P has none now. */
    String feedOfP() throws Exception {
        String url = JsonPath.read(
                body(ApiCalls.send(mvc, tokens.get(Caller.PATIENT), get("/api/v1/calendar"), null, 200)), "$.url");
        return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
    }

    /** The body P's resource was made with, sent again unchanged. */
    void same(String template, AbstractMockHttpServletRequestBuilder<?> request) {
        String json = template == SESSION
                ? SESSION.formatted(today.minusDays(1), secret)
                : template == SHOE ? SHOE.formatted(today.minusDays(30)) : template.formatted(today.minusDays(1));
        request.contentType(MediaType.APPLICATION_JSON).content(json);
    }
}
