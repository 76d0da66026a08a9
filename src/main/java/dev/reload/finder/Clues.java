package dev.reload.finder;

import java.util.List;

import static dev.reload.finder.Aggravator.CYCLING;
import static dev.reload.finder.Aggravator.DOWNHILL;
import static dev.reload.finder.Aggravator.JUMPING;
import static dev.reload.finder.Aggravator.KNEELING;
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

/**
 * Every clue the finder weighs, in one list, grouped by condition. Where a condition hurts weighs
 * most (3–4 points), then what sets it off (1–2) and who tends to get it (1–2). The bone-stress
 * warning signs together weigh enough to rank bone stress first whatever else is answered.
 */
public final class Clues {

    /** Bone tenderness with pain on hopping or at night: the warning signs of R7.bone-stress. */
    public static boolean boneStressWarning(FinderAnswers a) {
        return a.boneTenderness() && (a.painOnHopping() || a.painAtNight());
    }

    /** Morning stiffness above this is not typical of an overuse or wear-related flare. */
    public static final int LONG_STIFFNESS_MINUTES = 30;

    public static final List<Clue> ALL = List.of(
            // Patellofemoral pain: the front of the knee, around the kneecap; bent-knee loading.
            new Clue("pfp-around-kneecap", PATELLOFEMORAL_PAIN, 3, a -> a.has(AROUND_KNEECAP)),
            new Clue("pfp-stairs-squatting", PATELLOFEMORAL_PAIN, 2, a -> a.has(STAIRS_SQUATTING)),
            new Clue("pfp-sitting", PATELLOFEMORAL_PAIN, 2, a -> a.has(SITTING)),
            new Clue("pfp-kneeling", PATELLOFEMORAL_PAIN, 1, a -> a.has(KNEELING)),
            new Clue("pfp-running", PATELLOFEMORAL_PAIN, 1, a -> a.has(RUNNING)),
            new Clue("pfp-load-increase", PATELLOFEMORAL_PAIN, 1, a -> a.recentLoadIncrease() && a.has(AROUND_KNEECAP)),
            new Clue("pfp-younger", PATELLOFEMORAL_PAIN, 1, a -> a.ageUnder(36)),

            // IT band syndrome: the outer knee; repetitive bending in running and cycling.
            new Clue("itb-outer", IT_BAND_SYNDROME, 3, a -> a.has(OUTER_KNEE)),
            new Clue("itb-outer-running", IT_BAND_SYNDROME, 2, a -> a.has(OUTER_KNEE) && a.has(RUNNING)),
            new Clue("itb-outer-cycling", IT_BAND_SYNDROME, 2, a -> a.has(OUTER_KNEE) && a.has(CYCLING)),
            new Clue("itb-downhill", IT_BAND_SYNDROME, 1, a -> a.has(DOWNHILL)),
            new Clue("itb-load-increase", IT_BAND_SYNDROME, 1, a -> a.recentLoadIncrease() && a.has(OUTER_KNEE)),

            // Patellar tendinopathy: just below the kneecap; jumping and loaded knee bends.
            new Clue("pt-below-kneecap", PATELLAR_TENDINOPATHY, 3, a -> a.has(BELOW_KNEECAP)),
            new Clue("pt-jumping", PATELLAR_TENDINOPATHY, 2, a -> a.has(JUMPING)),
            new Clue("pt-below-jumping", PATELLAR_TENDINOPATHY, 1, a -> a.has(BELOW_KNEECAP) && a.has(JUMPING)),
            new Clue(
                    "pt-below-squatting",
                    PATELLAR_TENDINOPATHY,
                    1,
                    a -> a.has(BELOW_KNEECAP) && a.has(STAIRS_SQUATTING)),

            // Pes anserine tendinopathy or bursitis: inner knee below the joint line.
            new Clue("pa-inner-below", PES_ANSERINE, 4, a -> a.has(INNER_BELOW_JOINT_LINE)),
            new Clue("pa-inner-stairs", PES_ANSERINE, 1, a -> a.has(INNER_BELOW_JOINT_LINE) && a.has(STAIRS_SQUATTING)),
            new Clue("pa-older", PES_ANSERINE, 1, a -> a.ageAtLeast(50)),

            // Osteoarthritis flare: the joint line; age; short stiffness after rest.
            new Clue("oa-joint-line", OSTEOARTHRITIS_FLARE, 3, a -> a.has(JOINT_LINE)),
            new Clue("oa-age-50", OSTEOARTHRITIS_FLARE, 2, a -> a.ageAtLeast(50)),
            new Clue("oa-age-40s", OSTEOARTHRITIS_FLARE, 1, a -> a.ageAtLeast(40) && a.ageUnder(50)),
            new Clue("oa-younger", OSTEOARTHRITIS_FLARE, -2, a -> a.ageUnder(35)),
            new Clue(
                    "oa-short-stiffness",
                    OSTEOARTHRITIS_FLARE,
                    2,
                    a -> a.morningStiffnessMinutes() != null
                            && a.morningStiffnessMinutes() > 0
                            && a.morningStiffnessMinutes() <= LONG_STIFFNESS_MINUTES),
            new Clue("oa-starting-up", OSTEOARTHRITIS_FLARE, 1, a -> a.has(STARTING_UP)),
            new Clue("oa-walking", OSTEOARTHRITIS_FLARE, 1, a -> a.has(WALKING_HIKING)),

            // Bone stress reaction: one tender spot on the bone; impact; pain on hopping or at night.
            new Clue("bs-bony-point", BONE_STRESS, 3, a -> a.has(BONY_POINT)),
            new Clue("bs-tender-bone", BONE_STRESS, 3, FinderAnswers::boneTenderness),
            new Clue("bs-hopping", BONE_STRESS, 3, FinderAnswers::painOnHopping),
            new Clue("bs-night", BONE_STRESS, 2, FinderAnswers::painAtNight),
            new Clue(
                    "bs-impact",
                    BONE_STRESS,
                    1,
                    a -> (a.has(RUNNING) || a.has(JUMPING))
                            && (a.boneTenderness() || a.painOnHopping() || a.has(BONY_POINT))),
            new Clue("bs-load-increase", BONE_STRESS, 1, FinderAnswers::recentLoadIncrease),
            new Clue("bs-warning-signs", BONE_STRESS, 8, Clues::boneStressWarning));

    private Clues() {}
}
