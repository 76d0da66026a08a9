package dev.reload.log;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountService;
import dev.reload.account.DistanceUnit;
import dev.reload.knee.Activity;
import dev.reload.knee.VolumeUnit;
import dev.reload.support.ApplicationTest;
import dev.reload.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The log pages on the whole application: entries made, changed and deleted by their owner only;
 * distances typed in the person's unit, stored in kilometres and shown back. What the forms show
 * (refusals, edit pages) is {@code LogPagesControllerTests}.
 */
@ApplicationTest
class LogPagesIntegrationTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private AccountService accounts;

    @Autowired
    private SessionService sessions;

    @Autowired
    private CheckInService checkIns;

    @Autowired
    private StrengthService strength;

    @Autowired
    private ShoeService shoes;

    private Visitor owner;
    private AccountId ownerId;
    private Visitor stranger;

    @BeforeEach
    void twoPeople() throws Exception {
        owner = new Visitor(mvc);
        ownerId = register(owner);
        stranger = new Visitor(mvc);
        register(stranger);
    }

    @Test
    void savesASessionFromTheFormAndListsIt() throws Exception {
        MvcResult saved = owner.perform(post("/log/sessions")
                .with(csrf())
                .param("date", "2026-03-09")
                .param("activity", "RUN")
                .param("unit", "KM")
                .param("volume", "4.5")
                .param("rpe", "4")
                .param("painDuring", "2")
                .param("painAfter", "1"));
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/log");
        assertThat(sessions.between(ownerId, LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31")))
                .singleElement()
                .satisfies(s -> assertThat(s.volume()).isEqualByComparingTo("4.5"));
    }

    @Test
    void aSessionInANewPairOfShoesStoresThePairAndLinksIt() throws Exception {
        owner.perform(post("/log/sessions")
                .with(csrf())
                .param("date", "2026-03-09")
                .param("activity", "RUN")
                .param("unit", "KM")
                .param("volume", "6")
                .param("painDuring", "1")
                .param("painAfter", "1")
                .param("newShoes", "Road flyers"));

        ShoeView pair = shoes.all(ownerId).stream()
                .filter(s -> s.name().equals("Road flyers"))
                .findFirst()
                .orElseThrow();
        assertThat(pair.startedOn()).isEqualTo(LocalDate.parse("2026-03-09"));
        assertThat(sessions.between(ownerId, LocalDate.parse("2026-03-09"), LocalDate.parse("2026-03-09")))
                .singleElement()
                .satisfies(s -> assertThat(s.shoeId()).isEqualTo(pair.id()));
        // the next session of that activity starts in the same pair
        assertThat(owner.perform(get("/log/session?activity=RUN")).getResponse().getContentAsString())
                .containsPattern("<option value=\"" + pair.id() + "\" selected=\"selected\">Road flyers</option>");
    }

    @Test
    void aRefusedSessionAddsNoShoesEither() throws Exception {
        owner.perform(post("/log/sessions")
                .with(csrf())
                .param("date", "2026-03-09")
                .param("activity", "RUN")
                .param("unit", "KM")
                .param("volume", "6")
                .param("painDuring", "14")
                .param("painAfter", "1")
                .param("newShoes", "Road flyers"));
        assertThat(shoes.all(ownerId)).isEmpty();
        assertThat(sessions.all(ownerId)).isEmpty();
    }

    @Test
    void aSecondCheckInOfTheDayChangesTheFirstAndKeepsWhatItLeavesOut() throws Exception {
        owner.perform(post("/log/checkins")
                .with(csrf())
                .param("date", "2026-03-10")
                .param("morningPain", "3")
                .param("sleepHours", "6.5")
                .param("notes", "stairs hurt"));
        owner.perform(
                post("/log/checkins").with(csrf()).param("date", "2026-03-10").param("morningPain", "2"));

        assertThat(checkIns.between(ownerId, LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-10")))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.morningPain()).isEqualTo(2);
                    assertThat(c.sleepHours()).isEqualByComparingTo("6.5");
                    assertThat(c.notes()).isEqualTo("stairs hurt");
                });
    }

    @Test
    void milesAreTypedAndShownAsMilesButStoredAsKilometres() throws Exception {
        accounts.setDistanceUnit(ownerId, DistanceUnit.MILES);
        owner.perform(post("/log/sessions")
                .with(csrf())
                .param("date", LocalDate.now().toString())
                .param("activity", "RUN")
                .param("unit", "KM")
                .param("volume", "2")
                .param("painDuring", "1")
                .param("painAfter", "1"));
        assertThat(sessions.between(ownerId, LocalDate.now().minusDays(1), LocalDate.now()))
                .singleElement()
                .satisfies(s -> assertThat(s.distanceKm()).isEqualByComparingTo("3.219"));
        assertThat(owner.perform(get("/log")).getResponse().getContentAsString())
                .contains("2 mi");
    }

    @Test
    void nobodyElseCanOpenChangeOrDeleteAnEntry() throws Exception {
        long session = sessions.add(
                        ownerId,
                        new SessionEntry(
                                LocalDate.parse("2026-03-09"),
                                Activity.RUN,
                                BigDecimal.TEN,
                                4,
                                2,
                                2,
                                null,
                                null,
                                null,
                                null,
                                VolumeUnit.KM,
                                null))
                .id();
        long checkIn = checkIns.add(ownerId, new CheckInEntry(LocalDate.parse("2026-03-10"), 1, null, null, null, null))
                .id();
        long set = strength.add(
                        ownerId,
                        new StrengthEntry(LocalDate.parse("2026-03-09"), "SQUAT", 3, 10, BigDecimal.ONE, 1, null, null))
                .id();
        long shoe = shoes.add(ownerId, new ShoeEntry("Trail", LocalDate.parse("2026-01-01"), null, null))
                .id();

        for (String kind : new String[] {"sessions/" + session, "checkins/" + checkIn, "strength/" + set}) {
            assertThat(stranger.perform(get("/log/" + kind + "/edit"))
                            .getResponse()
                            .getStatus())
                    .as(kind)
                    .isEqualTo(404);
            assertThat(stranger.perform(post("/log/" + kind)
                                    .with(csrf())
                                    .param("date", "2026-03-09")
                                    .param("activity", "RUN")
                                    .param("unit", "KM")
                                    .param("volume", "1")
                                    .param("painDuring", "1")
                                    .param("painAfter", "1")
                                    .param("morningPain", "1")
                                    .param("exercise", "SQUAT")
                                    .param("sets", "1")
                                    .param("reps", "1"))
                            .getResponse()
                            .getStatus())
                    .as(kind)
                    .isEqualTo(404);
            assertThat(stranger.perform(post("/log/" + kind + "/delete").with(csrf()))
                            .getResponse()
                            .getStatus())
                    .as(kind)
                    .isEqualTo(404);
        }
        assertThat(stranger.perform(post("/log/shoes/" + shoe + "/delete").with(csrf()))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(stranger.perform(get("/log")).getResponse().getContentAsString())
                .doesNotContain("<option value=\"" + shoe + "\">Trail</option>"); // "Trail" is a surface too

        assertThat(sessions.find(ownerId, session).painAfter()).isEqualTo(2);
        assertThat(checkIns.find(ownerId, checkIn).morningPain()).isEqualTo(1);
        assertThat(strength.find(ownerId, set).exercise()).isEqualTo("SQUAT");
        assertThat(shoes.all(ownerId)).hasSize(1);
    }

    @Test
    void savesASessionWithoutItsPainAfterWhichIsLeftForLater() throws Exception {
        MvcResult saved = owner.perform(post("/log/sessions")
                .with(csrf())
                .param("date", "2026-03-09")
                .param("activity", "RUN")
                .param("unit", "KM")
                .param("volume", "4")
                .param("painDuring", "2"));
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/log");
        assertThat(sessions.between(ownerId, LocalDate.parse("2026-03-09"), LocalDate.parse("2026-03-09")))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.painDuring()).isEqualTo(2);
                    assertThat(s.painAfter()).isNull();
                });
    }

    private AccountId register(Visitor visitor) throws Exception {
        String email = "pages-" + UUID.randomUUID() + "@example.org";
        visitor.perform(post("/register")
                .with(csrf())
                .param("email", email)
                .param("displayName", "P")
                .param("password", "amber-tundra-whistle"));
        return ((AccountPrincipal) accounts.loadUserByUsername(email)).accountId();
    }
}
