package dev.reload.advice.engine;

import java.util.Objects;

/**
 * An input whose log has been sorted and indexed by date once ({@link AdviceEngine#index}), to be
 * advised on for any number of days without indexing it again.
 */
public final class IndexedLog {

    final AdviceInput input;
    final LogIndex.Sorted sorted;

    IndexedLog(AdviceInput input) {
        this.input = Objects.requireNonNull(input, "input");
        this.sorted = new LogIndex.Sorted(input);
    }

    public AdviceInput input() {
        return input;
    }
}
