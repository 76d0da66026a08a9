package dev.reload.support;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import org.assertj.core.api.Assertions;

/**
 * Counts what a person does in a journey: every click or tap, every field typed into and every
 * choice in a list is one interaction (as the check-in journey counts its taps). Each step is also
 * written down, so that a journey over its limit says what it took.
 */
public final class Interactions {

    private final List<String> steps = new ArrayList<>();

    /** A click or tap on a link, a button or a box. */
    public void click(Locator target) {
        target.click();
        steps.add("click " + target);
    }

    /** A tap on a check box or a radio button that ticks it. */
    public void check(Locator target) {
        target.check();
        steps.add("tick " + target);
    }

    /** Typing into one field (however many characters). */
    public void fill(Locator field, String value) {
        field.fill(value);
        steps.add("type \"" + value + "\" into " + field);
    }

    /** Choosing one option of a list. */
    public void select(Locator list, String value) {
        list.selectOption(value);
        steps.add("choose \"" + value + "\" in " + list);
    }

    public int count() {
        return steps.size();
    }

    /** Every step so far, one a line, numbered. */
    public String steps() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            text.append(i + 1).append(". ").append(steps.get(i)).append('\n');
        }
        return text.toString();
    }

    /** Fails, listing the steps, when the journey took more than {@code most} interactions. */
    public void assertAtMost(int most, String journey) {
        Assertions.assertThat(count())
                .as("%s takes at most %d interactions; it took these:%n%s", journey, most, steps())
                .isLessThanOrEqualTo(most);
    }
}
