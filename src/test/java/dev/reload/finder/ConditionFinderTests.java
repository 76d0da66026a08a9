package dev.reload.finder;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.reload.knee.Condition;

import static dev.reload.finder.Aggravator.CYCLING;
import static dev.reload.finder.Aggravator.DOWNHILL;
import static dev.reload.finder.Aggravator.JUMPING;
import static dev.reload.finder.Aggravator.RUNNING;
import static dev.reload.finder.Aggravator.SITTING;
import static dev.reload.finder.Aggravator.STAIRS_SQUATTING;
import static dev.reload.finder.Aggravator.STARTING_UP;
import static dev.reload.finder.Aggravator.WALKING_HIKING;
import static dev.reload.finder.KneeRegion.AROUND_KNEECAP;
import static dev.reload.finder.KneeRegion.BELOW_KNEECAP;
import static dev.reload.finder.KneeRegion.BONY_POINT;
import static dev.reload.finder.KneeRegion.INNER_BELOW_JOINT_LINE;
import static dev.reload.finder.KneeRegion.JOINT_LINE;
import static dev.reload.finder.KneeRegion.OUTER_KNEE;
import static dev.reload.knee.Condition.BONE_STRESS;
import static dev.reload.knee.Condition.IT_BAND_SYNDROME;
import static dev.reload.knee.Condition.OSTEOARTHRITIS_FLARE;
import static dev.reload.knee.Condition.PATELLAR_TENDINOPATHY;
import static dev.reload.knee.Condition.PATELLOFEMORAL_PAIN;
import static dev.reload.knee.Condition.PES_ANSERINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ConditionFinderTests {

    private final ConditionFinder finder = new ConditionFinder();

    /** A picture of one person: where, what sets it off, age, stiffness, bone signs. */
    private static Answers person() {
        return new Answers();
    }

    static Stream<Arguments> typicalPictures() {
        return Stream.of(
                Arguments.of(
                        "runner with pain around the kneecap on stairs and after sitting",
                        PATELLOFEMORAL_PAIN,
                        person().where(AROUND_KNEECAP)
                                .when(RUNNING, STAIRS_SQUATTING, SITTING)
                                .age(27)),
                Arguments.of(
                        "runner with outer-knee pain on longer and downhill runs",
                        IT_BAND_SYNDROME,
                        person().where(OUTER_KNEE).when(RUNNING, DOWNHILL).age(34)),
                Arguments.of(
                        "cyclist with outer-knee pain",
                        IT_BAND_SYNDROME,
                        person().where(OUTER_KNEE).when(CYCLING).age(45).loadIncrease()),
                Arguments.of(
                        "volleyball player with pain under the kneecap when jumping",
                        PATELLAR_TENDINOPATHY,
                        person().where(BELOW_KNEECAP)
                                .when(JUMPING, STAIRS_SQUATTING)
                                .age(22)),
                Arguments.of(
                        "older walker with inner-knee pain below the joint on stairs",
                        PES_ANSERINE,
                        person().where(INNER_BELOW_JOINT_LINE)
                                .when(STAIRS_SQUATTING, WALKING_HIKING)
                                .age(58)),
                Arguments.of(
                        "older hiker with joint-line pain and short morning stiffness",
                        OSTEOARTHRITIS_FLARE,
                        person().where(JOINT_LINE)
                                .when(WALKING_HIKING, STARTING_UP)
                                .age(63)
                                .stiffness(15)),
                Arguments.of(
                        "runner with a tender spot on the shin that hurts on hopping",
                        BONE_STRESS,
                        person().where(BONY_POINT)
                                .when(RUNNING)
                                .age(30)
                                .tenderBone()
                                .hopping()));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("typicalPictures")
    void eachConditionWinsOnItsTypicalPicture(String picture, Condition expected, Answers answers) {
        Ranking ranking = finder.rank(answers.build());

        assertThat(ranking.top().condition()).isEqualTo(expected);
        assertThat(ranking.top().score()).isGreaterThanOrEqualTo(ConditionFinder.STRONG);
        assertThat(ranking.top().fit()).isEqualTo(RankedCondition.Fit.GOOD);
        assertThat(ranking.top().clues())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.condition()).isEqualTo(expected));
        assertThat(ranking.conditions().get(1).score())
                .isLessThanOrEqualTo(ranking.top().score() - ConditionFinder.MARGIN);
    }

    @ParameterizedTest(name = "{0}: no assessment needed")
    @MethodSource("typicalPictures")
    void aClearPictureOfAnOveruseConditionNeedsNoAssessmentNote(String picture, Condition expected, Answers answers) {
        Ranking ranking = finder.rank(answers.build());

        if (expected == BONE_STRESS) {
            assertThat(ranking.notes()).containsExactly(FinderNote.BONE_STRESS);
        } else {
            assertThat(ranking.notes()).isEmpty();
            assertThat(ranking.assessRecommended()).isFalse();
        }
    }

    @Test
    void alwaysRanksAllSixConditionsHighestFirst() {
        Ranking ranking = finder.rank(
                person().where(OUTER_KNEE, AROUND_KNEECAP).when(RUNNING).build());

        assertThat(ranking.conditions())
                .extracting(RankedCondition::condition)
                .containsExactlyInAnyOrderElementsOf(ConditionFinder.CONDITIONS);
        assertThat(ranking.conditions())
                .extracting(RankedCondition::score)
                .isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    }

    @Test
    void outerKneePainDuringRunsNamesTheItBandAsTheReason() {
        Ranking ranking = finder.rank(person().where(OUTER_KNEE).when(RUNNING).build());

        assertThat(ranking.top().condition()).isEqualTo(IT_BAND_SYNDROME);
        assertThat(ranking.top().clues()).extracting(Clue::id).containsExactly("itb-outer", "itb-outer-running");
    }

    static Stream<Arguments> boneStressWarnings() {
        return Stream.of(
                Arguments.of(
                        "tender bone and pain on hopping", person().tenderBone().hopping()),
                Arguments.of(
                        "tender bone and pain at night", person().tenderBone().night()),
                Arguments.of(
                        "warning signs beside a strong kneecap picture",
                        person().where(AROUND_KNEECAP)
                                .when(RUNNING, STAIRS_SQUATTING, SITTING)
                                .age(25)
                                .tenderBone()
                                .night()),
                Arguments.of(
                        "warning signs beside a strong outer-knee picture",
                        person().where(OUTER_KNEE)
                                .when(RUNNING, DOWNHILL)
                                .loadIncrease()
                                .tenderBone()
                                .hopping()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boneStressWarnings")
    void boneTendernessWithHoppingOrNightPainRanksBoneStressFirstWithAnUrgentNote(String picture, Answers answers) {
        Ranking ranking = finder.rank(answers.build());

        assertThat(ranking.top().condition()).isEqualTo(BONE_STRESS);
        assertThat(ranking.top().clues()).extracting(Clue::id).contains("bs-warning-signs");
        assertThat(ranking.notes()).first().isEqualTo(FinderNote.BONE_STRESS);
        assertThat(ranking.notes().get(0).rule()).isEqualTo("R7.bone-stress");
        assertThat(ranking.notes().get(0).urgent()).isTrue();
        assertThat(ranking.boneStressSuspected()).isTrue();
        assertThat(ranking.assessRecommended()).isTrue();
    }

    @Test
    void boneTendernessAloneDoesNotRaiseTheBoneStressWarning() {
        Ranking ranking = finder.rank(person().where(AROUND_KNEECAP)
                .when(STAIRS_SQUATTING, SITTING)
                .tenderBone()
                .build());

        assertThat(ranking.top().condition()).isEqualTo(PATELLOFEMORAL_PAIN);
        assertThat(ranking.boneStressSuspected()).isFalse();
    }

    @Test
    void noAnswersRankNothingAndRecommendAnAssessment() {
        Ranking ranking = finder.rank(FinderAnswers.none());

        assertThat(ranking.conditions()).allSatisfy(r -> assertThat(r.score()).isZero());
        assertThat(ranking.conditions())
                .extracting(RankedCondition::condition)
                .containsExactlyElementsOf(ConditionFinder.CONDITIONS);
        assertThat(ranking.notes()).containsExactly(FinderNote.NO_ANSWERS);
        assertThat(ranking.notes().get(0).rule()).isEqualTo("R7.assess");
        assertThat(ranking.assessRecommended()).isTrue();
    }

    @Test
    void notSureWhereItHurtsRecommendsAnAssessment() {
        Ranking ranking = finder.rank(person().unsure().when(RUNNING).age(40).build());

        assertThat(ranking.notes()).contains(FinderNote.UNSURE, FinderNote.WEAK_EVIDENCE);
        assertThat(ranking.assessRecommended()).isTrue();
    }

    static Stream<Arguments> assessmentEdges() {
        return Stream.of(
                // top score 3 (weak) / 4 (clear), at the CLEAR edge
                Arguments.of(
                        "kneecap only, 3 points", person().where(AROUND_KNEECAP).age(40), true),
                Arguments.of(
                        "kneecap and running, 4 points",
                        person().where(AROUND_KNEECAP).when(RUNNING).age(40),
                        false),
                // margin 1 (close) / 2 (clear) at the MARGIN edge
                Arguments.of(
                        "outer knee and kneecap with running: 5 vs 4",
                        person().where(OUTER_KNEE, AROUND_KNEECAP).when(RUNNING).age(40),
                        true),
                Arguments.of(
                        "outer knee with running and downhill vs kneecap: 6 vs 4",
                        person().where(OUTER_KNEE, AROUND_KNEECAP)
                                .when(RUNNING, DOWNHILL)
                                .age(40),
                        false));
    }

    @ParameterizedTest(name = "{0} → assess: {2}")
    @MethodSource("assessmentEdges")
    void weakOrCloseEvidenceRecommendsAnAssessment(String picture, Answers answers, boolean assess) {
        assertThat(finder.rank(answers.build()).assessRecommended()).isEqualTo(assess);
    }

    @ParameterizedTest(name = "{0} min of morning stiffness")
    @ValueSource(ints = {31, 45, 120})
    void longMorningStiffnessRecommendsAnAssessment(int minutes) {
        Ranking ranking = finder.rank(person().where(JOINT_LINE)
                .when(WALKING_HIKING)
                .age(60)
                .stiffness(minutes)
                .build());

        assertThat(ranking.notes()).contains(FinderNote.LONG_STIFFNESS);
        assertThat(ranking.top().clues()).extracting(Clue::id).doesNotContain("oa-short-stiffness");
    }

    @ParameterizedTest(name = "{0} min of morning stiffness")
    @ValueSource(ints = {1, 15, 30})
    void shortMorningStiffnessPointsToAnArthritisFlare(int minutes) {
        Ranking ranking = finder.rank(
                person().where(JOINT_LINE).age(60).stiffness(minutes).build());

        assertThat(ranking.top().condition()).isEqualTo(OSTEOARTHRITIS_FLARE);
        assertThat(ranking.top().clues()).extracting(Clue::id).contains("oa-short-stiffness");
        assertThat(ranking.notes()).doesNotContain(FinderNote.LONG_STIFFNESS);
    }

    @Test
    void youthCountsAgainstAnArthritisFlare() {
        Ranking ranking = finder.rank(person().where(JOINT_LINE).age(24).build());

        RankedCondition arthritis = ranking.conditions().stream()
                .filter(r -> r.condition() == OSTEOARTHRITIS_FLARE)
                .findFirst()
                .orElseThrow();
        assertThat(arthritis.score()).isEqualTo(1);
        assertThat(arthritis.clues()).extracting(Clue::id).containsExactly("oa-joint-line", "oa-younger");
    }

    @ParameterizedTest(name = "age {0}")
    @ValueSource(ints = {9, 111})
    void refusesAnAgeOutsideItsBounds(int age) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> person().age(age).build())
                .withMessageContaining("age");
    }

    @Test
    void refusesNegativeStiffness() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> person().stiffness(-1).build())
                .withMessageContaining("stiffness");
    }

    @Test
    void everyClueAndNoteHasItsWordsAndEveryClueIdIsUnique() throws IOException {
        Properties texts = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/finder.properties")) {
            texts.load(in);
        }
        Set<String> ids = new HashSet<>();
        for (Clue clue : Clues.ALL) {
            assertThat(ids.add(clue.id())).as("unique id " + clue.id()).isTrue();
            assertThat(texts.getProperty(clue.messageKey()))
                    .as(clue.messageKey())
                    .isNotBlank();
        }
        for (FinderNote note : FinderNote.values()) {
            assertThat(texts.getProperty(note.messageKey()))
                    .as(note.messageKey())
                    .isNotBlank();
        }
        for (Condition condition : ConditionFinder.CONDITIONS) {
            assertThat(texts.getProperty("finder.condition." + condition))
                    .as(condition.name())
                    .isNotBlank();
        }
    }

    @Test
    void explainersLinkEachConditionToItsLibraryPage() {
        assertThat(ConditionFinder.CONDITIONS)
                .extracting(Explainers::path)
                .allSatisfy(path -> assertThat(path).matches("/library/conditions/[a-z-]+"))
                .doesNotHaveDuplicates();
    }

    /** Builds {@link FinderAnswers} a line at a time. */
    static final class Answers {
        private final Set<KneeRegion> regions = EnumSet.noneOf(KneeRegion.class);
        private final Set<Aggravator> aggravators = EnumSet.noneOf(Aggravator.class);
        private boolean unsure;
        private Integer age;
        private Integer stiffness;
        private boolean tenderBone;
        private boolean hopping;
        private boolean night;
        private boolean loadIncrease;

        Answers where(KneeRegion... where) {
            regions.addAll(List.of(where));
            return this;
        }

        Answers when(Aggravator... when) {
            aggravators.addAll(List.of(when));
            return this;
        }

        Answers unsure() {
            unsure = true;
            return this;
        }

        Answers age(int years) {
            age = years;
            return this;
        }

        Answers stiffness(int minutes) {
            stiffness = minutes;
            return this;
        }

        Answers tenderBone() {
            tenderBone = true;
            return this;
        }

        Answers hopping() {
            hopping = true;
            return this;
        }

        Answers night() {
            night = true;
            return this;
        }

        Answers loadIncrease() {
            loadIncrease = true;
            return this;
        }

        FinderAnswers build() {
            return new FinderAnswers(
                    regions, unsure, aggravators, age, stiffness, tenderBone, hopping, night, loadIncrease);
        }

        @Override
        public String toString() {
            return regions + " " + aggravators;
        }
    }
}
