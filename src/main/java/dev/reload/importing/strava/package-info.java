/** Strava bulk exports: the ZIP, its {@code activities.csv} and the activity files it holds. */
@NamedInterface("strava")
package dev.reload.importing.strava;

import org.springframework.modulith.NamedInterface;
