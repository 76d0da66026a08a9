package dev.reload.importing.strava;

/** Summary tables shaped like a real Strava export's {@code activities.csv}, for tests. */
final class StravaCsvFixture {

    /** The columns of a real Strava export, with its repeated "Elapsed Time", "Distance" and "Max Heart Rate". */
    static final String HEADER = "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,"
            + "Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,"
            + "Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance,Max Speed,Average Speed,"
            + "Elevation Gain,Elevation Loss,Elevation Low,Elevation High,Max Grade,Average Grade,"
            + "Average Positive Grade,Average Negative Grade,Max Cadence,Average Cadence,Max Heart Rate,"
            + "Average Heart Rate,Max Watts,Average Watts,Calories\n";

    private StravaCsvFixture() {}

    /** A row under {@link #HEADER}: elevation gain 12.0, the other columns empty. */
    static String row(
            String id,
            String date,
            String name,
            String type,
            String elapsed,
            String km,
            String file,
            String moving,
            String meters,
            String avgHr) {
        return id + ",\"" + date + "\"," + name + "," + type + ",," + elapsed + "," + km + ",,,false,,," + file + ",,,"
                + elapsed + ".0," + moving + "," + meters + ",,,12.0" + ",".repeat(11) + avgHr + ",,,\n";
    }
}
