package dev.reload.finder;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a person told the finder. Every answer is optional: an empty set, a null age or a null
 * stiffness time simply adds no evidence.
 *
 * @param regions where it hurts (the knee map)
 * @param unsureWhere the person cannot point to where it hurts
 * @param aggravators what brings the pain on
 * @param age in years, or null
 * @param morningStiffnessMinutes how long the knee stays stiff after waking (0 = not stiff), or null
 * @param boneTenderness pressing one spot on the bone hurts
 * @param painOnHopping hopping on the painful leg hurts
 * @param painAtNight the knee aches at night or at rest
 * @param recentLoadIncrease training went up sharply in the weeks before the pain began
 */
public record FinderAnswers(
        Set<KneeRegion> regions,
        boolean unsureWhere,
        Set<Aggravator> aggravators,
        Integer age,
        Integer morningStiffnessMinutes,
        boolean boneTenderness,
        boolean painOnHopping,
        boolean painAtNight,
        boolean recentLoadIncrease) {

    public static final int MIN_AGE = 10;
    public static final int MAX_AGE = 110;
    public static final int MAX_STIFFNESS_MINUTES = 600;

    public FinderAnswers {
        regions = copy(regions, KneeRegion.class);
        aggravators = copy(aggravators, Aggravator.class);
        if (age != null && (age < MIN_AGE || age > MAX_AGE)) {
            throw new IllegalArgumentException("age must be between " + MIN_AGE + " and " + MAX_AGE);
        }
        if (morningStiffnessMinutes != null
                && (morningStiffnessMinutes < 0 || morningStiffnessMinutes > MAX_STIFFNESS_MINUTES)) {
            throw new IllegalArgumentException(
                    "morning stiffness must be between 0 and " + MAX_STIFFNESS_MINUTES + " minutes");
        }
    }

    /** No answer at all. */
    public static FinderAnswers none() {
        return new FinderAnswers(Set.of(), false, Set.of(), null, null, false, false, false, false);
    }

    public boolean has(KneeRegion region) {
        return regions.contains(region);
    }

    public boolean has(Aggravator aggravator) {
        return aggravators.contains(aggravator);
    }

    public boolean ageAtLeast(int years) {
        return age != null && age >= years;
    }

    public boolean ageUnder(int years) {
        return age != null && age < years;
    }

    /** True when nothing was answered that could point anywhere. */
    public boolean isEmpty() {
        return regions.isEmpty()
                && aggravators.isEmpty()
                && age == null
                && morningStiffnessMinutes == null
                && !boneTenderness
                && !painOnHopping
                && !painAtNight
                && !recentLoadIncrease;
    }

    private static <E extends Enum<E>> Set<E> copy(Collection<E> values, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            values.forEach(value -> {
                if (value != null) {
                    set.add(value);
                }
            });
        }
        return Collections.unmodifiableSet(set);
    }
}
