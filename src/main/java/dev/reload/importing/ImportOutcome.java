package dev.reload.importing;

import java.util.Optional;

/**
 * What became of one item of a bulk import: an activity, a failure, or both (an activity imported
 * from its summary row because its file could not be read).
 *
 * @param index      position of the item, 0-based; items are always delivered in this order
 * @param total      number of items in the import; {@code index + 1} of {@code total} are processed
 * @param source     the file the activity came from (the entry's name in an archive), or
 *                   {@code activities.csv} when it came from the summary row only
 * @param externalId the id the export gives the activity (Strava's "Activity ID"), or null
 * @param activity   the activity to store, if any
 * @param failure    the file that could not be read and why, if any
 */
public record ImportOutcome(
        int index,
        int total,
        String source,
        String externalId,
        Optional<ImportedActivity> activity,
        Optional<ImportFailure> failure) {

    public ImportOutcome {
        source = FileText.clean(source); // an archive entry's name, stored with the session
        externalId = FileText.clean(externalId);
        if (activity.isEmpty() && failure.isEmpty()) {
            throw new IllegalArgumentException("an outcome holds an activity, a failure or both");
        }
    }

    /** Items processed once this one is: {@code index + 1}. */
    public int processed() {
        return index + 1;
    }
}
