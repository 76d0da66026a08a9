package dev.reload.importing;

/** Where an imported activity's figures came from. */
public enum SourceFormat {
    FIT,
    GPX,
    TCX,
    /** A row of a bulk export's summary table ({@code activities.csv}), used when there is no readable file. */
    SUMMARY_ROW
}
