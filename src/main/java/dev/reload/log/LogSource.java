package dev.reload.log;

/** Where a log entry came from: typed in by the person, or read from an imported file. */
public enum LogSource {
    /** Sessions, strength work and check-ins entered on the log pages or through the API. */
    LOGGED,
    /** Sessions read from an activity file or a bulk export. */
    IMPORTED
}
