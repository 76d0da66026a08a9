/**
 * History import, plain Java (no Spring), so it runs and is tested on the plain JVM; a service
 * persists what it returns.
 *
 * <ul>
 *   <li>One file ({@code .fit}, {@code .gpx}, {@code .tcx}, each optionally gzipped):
 *       {@link dev.reload.importing.ActivityFiles#read(String, java.io.InputStream)} returns an
 *       {@link dev.reload.importing.ImportedActivity} or throws
 *       {@link dev.reload.importing.UnreadableFileException} with a reason a person understands.</li>
 *   <li>A Strava bulk export or any ZIP of activity files:
 *       {@link dev.reload.importing.strava.StravaExport#open(java.nio.file.Path)}, then
 *       {@code total()} and {@code read(index)} or {@code readAll(fromIndex, threads, consumer)}, which
 *       hand over one {@link dev.reload.importing.ImportOutcome} per item, in order.</li>
 *   <li>Any ZIP from an upload is read through {@link dev.reload.importing.SafeZip}: no path out of
 *       the archive, bytes counted while they are unpacked, entries counted.</li>
 * </ul>
 *
 * <p>No other exception leaves a reader for any input (fuzz-tested). Limits are in
 * {@link dev.reload.importing.ImportLimits}; XML is parsed with DTDs and external entities off
 * ({@link dev.reload.importing.SafeXml}).
 */
@ApplicationModule(
        displayName = "Activity files",
        allowedDependencies = {})
package dev.reload.importing;

import org.springframework.modulith.ApplicationModule;
