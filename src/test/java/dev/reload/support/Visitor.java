package dev.reload.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * One person's browser for MockMvc tests: it keeps the cookies the application sets (the session
 * lives in the database, behind a cookie) and sends them back with every request.
 */
public final class Visitor {

    private final MockMvc mvc;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();
    /** Each visitor comes from an address of its own, so that login limits per address stay per test. */
    private final String address = "198." + ThreadLocalRandom.current().nextInt(18, 20) + "."
            + ThreadLocalRandom.current().nextInt(256) + "."
            + ThreadLocalRandom.current().nextInt(1, 255);

    private MvcResult last;

    public Visitor(MockMvc mvc) {
        this.mvc = mvc;
    }

    public MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        last = mvc.perform(request).andReturn();
        for (Cookie cookie : last.getResponse().getCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie);
            }
        }
        return last;
    }

    /**
     * Registers a new patient through the form, signed in afterwards, with a fresh email that starts
     * with {@code prefix}; answers the email.
     */
    public String register(String prefix, String displayName) throws Exception {
        String email = prefix + "-" + UUID.randomUUID() + "@example.org";
        perform(post("/register")
                .with(csrf())
                .param("email", email)
                .param("displayName", displayName)
                .param("password", "amber-tundra-whistle"));
        return email;
    }

    /** The value of the session cookie, or null before the application has set one. */
    public String sessionId() {
        return cookies.values().stream()
                .filter(c -> c.getName().contains("SESSION"))
                .map(Cookie::getValue)
                .findFirst()
                .orElse(null);
    }
}
