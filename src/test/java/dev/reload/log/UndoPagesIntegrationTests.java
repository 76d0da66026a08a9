package dev.reload.log;

import java.math.BigDecimal;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountService;
import dev.reload.account.PersonalClock;
import dev.reload.knee.Activity;
import dev.reload.support.ApplicationTest;
import dev.reload.support.Visitor;
import dev.reload.system.web.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Undoing a delete in the browser on the whole application, cookies and session included: delete →
 * the page says what was deleted and offers Undo → Undo → the entry is back and the page says so;
 * from the whole log back to the same page of it; nobody else's Undo puts anything back.
 */
@ApplicationTest
class UndoPagesIntegrationTests {

    private static final Pattern UNDO_FORM = Pattern.compile("action=\"(/log/[a-z]+/\\d+/undo)\" method=\"post\"");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private AccountService accounts;

    @Autowired
    private SessionService sessions;

    @Autowired
    private StrengthService strength;

    @Autowired
    private PersonalClock clock;

    private Visitor owner;
    private AccountId ownerId;

    @BeforeEach
    void signedIn() throws Exception {
        owner = new Visitor(mvc);
        ownerId = register(owner);
    }

    @Test
    void aSessionDeletedOnTheLogComesBackWithUndo() throws Exception {
        SessionView run = logged(Activity.RUN, "6.5");

        MvcResult deleted =
                owner.perform(post("/log/sessions/" + run.id() + "/delete").with(csrf()));
        assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/log");
        assertThatThrownBy(() -> sessions.find(ownerId, run.id())).isInstanceOf(NotFoundException.class);

        String page = owner.perform(get("/log")).getResponse().getContentAsString();
        assertThat(page).contains("Deleted: Running, 6.5 km, on ");
        String undo = undoAction(page);
        assertThat(undo).isEqualTo("/log/sessions/" + run.id() + "/undo");

        MvcResult undone = owner.perform(post(undo).with(csrf()).param("returnTo", "/log"));
        assertThat(undone.getResponse().getRedirectedUrl()).isEqualTo("/log");
        assertThat(sessions.find(ownerId, run.id())).isEqualTo(run);
        String after = owner.perform(get("/log")).getResponse().getContentAsString();
        assertThat(after).contains("Restored: Running, 6.5 km, on ").doesNotContain("Deleted:");

        owner.perform(post(undo).with(csrf()));
        assertThat(owner.perform(get("/log")).getResponse().getContentAsString())
                .contains("Nothing to put back: that entry has been restored already");
    }

    @Test
    void strengthWorkDeletedFromTheWholeLogComesBackOnTheSamePage() throws Exception {
        StrengthView set = strength.add(
                ownerId, new StrengthEntry(clock.today(ownerId), "SPLIT_SQUAT", 3, 8, BigDecimal.ZERO, 1, null, null));
        String here = "/log/all?before=" + clock.today(ownerId).plusDays(1);

        MvcResult deleted = owner.perform(
                post("/log/strength/" + set.id() + "/delete").with(csrf()).param("returnTo", here));
        assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo(here);

        String page = owner.perform(get(here)).getResponse().getContentAsString();
        assertThat(page).contains("Deleted: Split squat, 3 × 8, on ").doesNotContain("log-day");
        owner.perform(post(undoAction(page)).with(csrf()).param("returnTo", here));

        assertThat(strength.all(ownerId)).containsExactly(set);
        assertThat(owner.perform(get(here)).getResponse().getContentAsString())
                .contains("Restored: Split squat, 3 × 8, on ")
                .contains("class=\"log-day\"");
    }

    @Test
    void nobodyElsesUndoPutsMyEntryBack() throws Exception {
        SessionView run = logged(Activity.WALK, "30");
        owner.perform(post("/log/sessions/" + run.id() + "/delete").with(csrf()));
        Visitor stranger = new Visitor(mvc);
        AccountId strangerId = register(stranger);

        stranger.perform(post("/log/sessions/" + run.id() + "/undo").with(csrf()));

        assertThat(stranger.perform(get("/log")).getResponse().getContentAsString())
                .contains("Nothing to put back");
        assertThat(sessions.all(strangerId)).isEmpty();
        assertThatThrownBy(() -> sessions.find(ownerId, run.id())).isInstanceOf(NotFoundException.class);
        assertThat(sessions.restore(ownerId, run.id())).isEqualTo(run);
    }

    /** A session of today, logged by hand. */
    private SessionView logged(Activity activity, String volume) {
        return sessions.add(
                ownerId,
                new SessionEntry(
                        clock.today(ownerId),
                        activity,
                        new BigDecimal(volume),
                        4,
                        2,
                        1,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
    }

    private static String undoAction(String page) {
        Matcher form = UNDO_FORM.matcher(page);
        assertThat(form.find()).as("the page has an Undo form").isTrue();
        return form.group(1);
    }

    private AccountId register(Visitor visitor) throws Exception {
        String email = "undo-" + UUID.randomUUID() + "@example.org";
        visitor.perform(post("/register")
                .with(csrf())
                .param("email", email)
                .param("displayName", "U")
                .param("password", "amber-tundra-whistle"));
        return ((AccountPrincipal) accounts.loadUserByUsername(email)).accountId();
    }
}
