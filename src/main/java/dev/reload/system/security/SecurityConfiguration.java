package dev.reload.system.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.web.servlet.HandlerMapping;

import dev.reload.system.web.ProblemResponses;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * Two filter chains, and a third for the metrics scraper ({@link #metricsChain}). The JSON API
 * under {@code /api/**} is stateless: bearer tokens, no cookies, no CSRF, and every refusal is
 * problem+json. Everything else is the website: form login with a session kept in the database,
 * CSRF tokens on every form, and friendly error pages; after the password, an account with two-step
 * sign-in is held on the code page, and a clinician without it on the enrolment page
 * ({@link SecondStep}, decision 0020). All send the same strict security headers.
 */
@Configuration
class SecurityConfiguration {

    /** API endpoints that need no account. */
    private static final String[] PUBLIC_API_POSTS = {
        "/api/v1/accounts",
        "/api/v1/accounts/confirmations",
        "/api/v1/tokens",
        "/api/v1/advice/preview",
        "/api/v1/history/preview",
        "/api/v1/finder"
    };

    /** The load test's profile, in which its bare endpoint ({@link #LOAD_TEST_PATH}) needs no sign-in. */
    static final String LOAD_TEST_PROFILE = "loadtest";

    /** {@code dev.reload.system.loadtest}'s endpoint: only mapped, and only permitted, in {@link #LOAD_TEST_PROFILE}. */
    static final String LOAD_TEST_PATH = "/loadtest/row";

    /**
     * No observation of each filter of the security chains: with a meter registry, Spring Security
     * would wrap every filter of every request in an observation of its own (some twenty a
     * request), a tenth of an API request's CPU in the load test. The request's own observation
     * ({@code http.server.requests}) stays.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt for new hashes, and never a password over its 72 bytes
        return new LengthCheckingPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    /**
     * {@code /actuator/prometheus} for the metrics scraper: stateless, read with the scrape token
     * ({@link ScrapeToken}) or an administrator's API token, refused as problem+json otherwise
     * (decision 0025).
     */
    @Bean
    @Order(0)
    SecurityFilterChain metricsChain(
            HttpSecurity http,
            BearerTokenAuthenticator tokens,
            ProblemResponses problems,
            @Value("${" + ScrapeToken.SETTING + ":}") String scrapeToken)
            throws Exception {
        http.securityMatcher("/actuator/prometheus")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole(ScrapeTokenFilter.ROLE, "ADMIN"))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(
                        new ScrapeTokenFilter(ScrapeToken.of(scrapeToken)), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new BearerTokenFilter(tokens, problems), ScrapeTokenFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> problems.write(
                                response,
                                HttpStatus.UNAUTHORIZED,
                                "Send the scrape token or an administrator's API token: Authorization: Bearer <token>.",
                                request.getRequestURI()))
                        .accessDeniedHandler((request, response, e) -> problems.write(
                                response,
                                HttpStatus.FORBIDDEN,
                                "Your account may not read the metrics.",
                                request.getRequestURI())))
                .headers(SecurityConfiguration::strictHeaders);
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, BearerTokenAuthenticator tokens, ProblemResponses problems)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(POST, PUBLIC_API_POSTS)
                        .permitAll()
                        .requestMatchers(GET, "/api/v1/calendar/feed/**")
                        .permitAll()
                        .requestMatchers(GET, "/api/v1/exercises", "/api/v1/exercises/**")
                        .permitAll()
                        .requestMatchers("/api/v1/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers(POST, "/api/v1/invites/*/redeem")
                        .hasRole("CLINICIAN")
                        .requestMatchers("/api/v1/patients", "/api/v1/patients/**")
                        .hasRole("CLINICIAN")
                        .requestMatchers(POST, "/api/v1/invites")
                        .hasRole("PATIENT")
                        .requestMatchers("/api/v1/links/**", "/api/v1/audit", "/api/v1/notes")
                        .hasRole("PATIENT")
                        .anyRequest()
                        .authenticated())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> problems.write(
                                response,
                                HttpStatus.UNAUTHORIZED,
                                "Send a valid API token: Authorization: Bearer <token>.",
                                request.getRequestURI()))
                        .accessDeniedHandler((request, response, e) -> problems.write(
                                response,
                                HttpStatus.FORBIDDEN,
                                "Your account may not do this.",
                                request.getRequestURI())))
                .headers(SecurityConfiguration::strictHeaders);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(
            HttpSecurity http,
            LoginThrottle throttle,
            SecondStep secondStep,
            ObjectProvider<HandlerMapping> handlerMappings,
            Environment environment)
            throws Exception {
        if (environment.acceptsProfiles(Profiles.of(LOAD_TEST_PROFILE))) {
            // before every other rule; in any other profile the path falls to "authenticated" and is not mapped
            http.authorizeHttpRequests(
                    requests -> requests.requestMatchers(GET, LOAD_TEST_PATH).permitAll());
        }
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/",
                                "/login",
                                "/register",
                                "/register/confirm",
                                "/password/forgot",
                                "/password/reset",
                                "/account/deleted",
                                "/error",
                                "/error/**")
                        .permitAll()
                        .requestMatchers(
                                "/finder",
                                "/finder/**",
                                "/exercises",
                                "/exercises/**",
                                "/library",
                                "/library/**",
                                "/sitemap.xml")
                        .permitAll()
                        .requestMatchers(
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/favicon.svg",
                                "/robots.txt",
                                "/manifest.json",
                                "/sw.js",
                                "/offline.html",
                                "/icons/**")
                        .permitAll()
                        .requestMatchers(
                                "/v3/api-docs", "/v3/api-docs/**", "/api-docs", "/api-docs/**", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/**", "/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/clinic", "/clinic/**")
                        .hasRole("CLINICIAN")
                        .requestMatchers("/account/clinician", "/account/clinician/**")
                        .hasRole("PATIENT")
                        .anyRequest()
                        .authenticated())
                .formLogin(login -> login.loginPage("/login")
                        .usernameParameter("email")
                        .successHandler(new TwoStepSuccessHandler(secondStep))
                        .failureHandler(new ThrottlingFailureHandler(throttle))
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?loggedOut").permitAll())
                // the page to go back to after login rides in a cookie: reading pages stores no session
                .requestCache(cache -> cache.requestCache(new CookieRequestCache()))
                .addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new TwoStepGateFilter(secondStep), AuthorizationFilter.class)
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(new LoginOrNotFoundEntryPoint(handlerMappings)))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .csrf(Customizer.withDefaults())
                .headers(SecurityConfiguration::strictHeaders);
        return http.build();
    }

    private static void strictHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frames -> frames.deny())
                .contentTypeOptions(Customizer.withDefaults())
                .permissionsPolicyHeader(policy -> policy.policy(SecurityHeaders.PERMISSIONS_POLICY))
                .crossOriginOpenerPolicy(coop -> coop.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
                // sent on HTTPS only: behind a TLS proxy, its X-Forwarded-Proto makes the request secure
                .httpStrictTransportSecurity(
                        hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true));
    }
}
