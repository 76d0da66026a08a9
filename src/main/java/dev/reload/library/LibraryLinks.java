package dev.reload.library;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import dev.reload.knee.Condition;

/**
 * Where the library explains each rule of the adviser (rules.md), for the features that show a
 * rule's reasons (Today, the report): the one copy of the table in {@code library/README.md}. A
 * rule id is looked up whole first ({@code R7.bone-stress}), then by its rule ({@code R7}). For
 * the tendinopathies, whose strength work is R5's staged tendon programme, R5's decisions (all but
 * {@code R5.maintain}) link to their own explainer's "What helps", which describes the stages.
 * {@code LibraryLinksTests} checks that every page and heading named here exists.
 */
public final class LibraryLinks {

    private static final String OVERVIEW = Library.BASE + "/conditions/overuse-knee-pain";

    private static final Map<String, String> BY_RULE = new LinkedHashMap<>();

    /** Where the staged tendon programme of R5 is explained, for the conditions that follow it. */
    private static final Map<Condition, String> STAGED_STRENGTH = new EnumMap<>(Condition.class);

    static {
        BY_RULE.put("R1", OVERVIEW + "#reading-your-pain");
        BY_RULE.put("R2", OVERVIEW + "#reading-your-pain");
        BY_RULE.put("R3", OVERVIEW + "#getting-back-to-your-activity");
        BY_RULE.put("R4", OVERVIEW + "#the-active-recovery-model");
        BY_RULE.put("R4.maintain", OVERVIEW + "#staying-well");
        BY_RULE.put("R5", OVERVIEW + "#strength-work");
        BY_RULE.put("R5.maintain", OVERVIEW + "#staying-well");
        BY_RULE.put("R6", OVERVIEW + "#what-often-sets-it-off");
        BY_RULE.put("R7", OVERVIEW + "#red-flags-when-to-get-help");
        BY_RULE.put("R7.bone-stress", Library.BASE + "/conditions/bone-stress-reaction");
        BY_RULE.put("R8", OVERVIEW + "#what-often-sets-it-off");
        STAGED_STRENGTH.put(
                Condition.PATELLAR_TENDINOPATHY, Library.BASE + "/conditions/patellar-tendinopathy#what-helps");
        STAGED_STRENGTH.put(Condition.PES_ANSERINE, Library.BASE + "/conditions/pes-anserine-tendinopathy#what-helps");
    }

    private LibraryLinks() {}

    /** The library page (with its heading) that explains a rule: {@code R3.progress} → the overview's dose section. */
    public static Optional<String> forRule(String ruleId) {
        if (ruleId == null) {
            return Optional.empty();
        }
        String exact = BY_RULE.get(ruleId);
        if (exact != null) {
            return Optional.of(exact);
        }
        int dot = ruleId.indexOf('.');
        return Optional.ofNullable(BY_RULE.get(dot < 0 ? ruleId : ruleId.substring(0, dot)));
    }

    /**
     * The page that explains a rule to a person with this condition (or null, not known): R5's
     * decisions for a tendinopathy go to the staged programme, everything else as {@link #forRule(String)}.
     */
    public static Optional<String> forRule(String ruleId, Condition condition) {
        String staged = condition == null ? null : STAGED_STRENGTH.get(condition);
        if (staged != null && ruleId != null && isStrengthDecision(ruleId)) {
            return Optional.of(staged);
        }
        return forRule(ruleId);
    }

    /** For each of these rule ids that a page explains, that page: what a page of reasons links with. */
    public static Map<String, String> forRules(Stream<String> ruleIds) {
        return forRules(ruleIds, null);
    }

    /** As {@link #forRules(Stream)}, for a person with this condition (or null). */
    public static Map<String, String> forRules(Stream<String> ruleIds, Condition condition) {
        Map<String, String> links = new LinkedHashMap<>();
        ruleIds.forEach(rule -> forRule(rule, condition).ifPresent(link -> links.put(rule, link)));
        return links;
    }

    /** Every rule or rule id with its page, and each staged programme's page, for the tests that follow them. */
    public static Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>(BY_RULE);
        STAGED_STRENGTH.forEach((condition, link) -> all.put("R5 for " + condition, link));
        return Map.copyOf(all);
    }

    private static boolean isStrengthDecision(String ruleId) {
        return (ruleId.equals("R5") || ruleId.startsWith("R5.")) && !ruleId.equals("R5.maintain");
    }
}
