package dev.reload.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application, for the tests whose point is the whole path: the database, sessions,
 * security, storage round trips, ownership across accounts, a real server. It runs on a random
 * port, with MockMvc as well, and with {@link FailingEndpoints} for the error-page checks. Every
 * MockMvc exchange under {@code /api/} is validated against the OpenAPI document ({@link ApiContract}).
 *
 * <p>Every full-application test uses this one configuration, so Spring builds the application
 * once and caches it for all of them (its H2 database is shared: tests make accounts of their
 * own). A test that needs other settings (a profile, properties, PostgreSQL) adds them and gets a
 * context of its own; add such variations sparingly. Controller tests that only check what a page
 * or an answer shows are {@link WebSliceTest}s instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({FailingEndpoints.Page.class, FailingEndpoints.Api.class, ApiContract.Validation.class})
public @interface ApplicationTest {}
