package dev.reload.outcomes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The separately scored parts of the KOOS (Roos 1998) and the patellofemoral subscale KOOS-PF
 * (Crossley 2018), each with its item numbers as the paper forms print them: S1–S7, P1–P9,
 * A1–A17, SP1–SP5, Q1–Q4 and PF1–PF11. In the order of the forms. Reload holds no item texts
 * (decision 0012): a person answers from the official form by item number.
 */
public enum KoosSubscale {

    /** Symptoms, with stiffness (S6, S7). */
    SYMPTOMS("S", 7),
    PAIN("P", 9),
    /** Function in daily living. */
    ADL("A", 17),
    /** Function in sport and recreation. */
    SPORT_REC("SP", 5),
    /** Knee-related quality of life. */
    QOL("Q", 4),
    /** The patellofemoral pain and osteoarthritis subscale, KOOS-PF. */
    PF("PF", 11);

    /** The lowest answer: the first box of an item (no problem). */
    public static final int MIN_ANSWER = 0;
    /** The highest answer: the last box of an item (an extreme problem). */
    public static final int MAX_ANSWER = 4;
    /** What an answer outside the boxes is told. */
    public static final String ANSWER_PROBLEM = "must be " + MIN_ANSWER + "–" + MAX_ANSWER;

    /** Every item of every subscale, in the order of the forms. */
    private static final List<String> ALL_ITEMS;

    static {
        List<String> all = new ArrayList<>();
        for (KoosSubscale subscale : values()) {
            all.addAll(subscale.items);
        }
        ALL_ITEMS = Collections.unmodifiableList(all);
    }

    private final String prefix;
    private final List<String> items;

    KoosSubscale(String prefix, int count) {
        this.prefix = prefix;
        List<String> numbered = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            numbered.add(prefix + i);
        }
        this.items = List.copyOf(numbered);
    }

    /** The letters the form puts before the item numbers: "P" for P1–P9. */
    public String prefix() {
        return prefix;
    }

    /** The item ids, in order: P1, P2, … P9. */
    public List<String> items() {
        return items;
    }

    /** The first and last item: "P1–P9". */
    public String itemRange() {
        return items.get(0) + "–" + items.get(items.size() - 1);
    }

    /**
     * How many items must be answered for a score: at least half of them (the KOOS scoring rule of
     * 2012), so 5 of Pain's 9, 4 of 7, 9 of 17, 3 of 5, 2 of 4 and 6 of KOOS-PF's 11.
     */
    public int needed() {
        return (items.size() + 1) / 2;
    }

    /** True when {@code item} is one of this subscale's ids (exactly as printed, upper case). */
    public boolean holds(String item) {
        return item != null && items.contains(item);
    }

    /** The subscale an item id belongs to, if it is one. */
    public static Optional<KoosSubscale> of(String item) {
        return Arrays.stream(values()).filter(s -> s.holds(item)).findFirst();
    }

    /** Every item id of every subscale, in the order of the forms. */
    public static List<String> allItems() {
        return ALL_ITEMS;
    }

    /** What an unknown item id is told. */
    public static String unknownItemProblem() {
        return "is not an item of the KOOS or the KOOS-PF: the items are "
                + String.join(
                        ", ",
                        Arrays.stream(values()).map(KoosSubscale::itemRange).toList());
    }
}
