package dev.reload.account;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The time zones a person may live in: the region ids Java knows ({@code Europe/Berlin},
 * {@code Australia/Sydney}, {@code UTC}, ...), as browsers name them too. Offsets such as
 * {@code +02:00} are not offered: they do not follow summer time.
 */
public final class TimeZones {

    /** The zone of an account that never said (accounts made before zones, a browser without one). */
    public static final ZoneId FALLBACK = ZoneId.of("UTC");

    private static final List<String> IDS =
            ZoneId.getAvailableZoneIds().stream().sorted().toList();

    private TimeZones() {}

    /** Every zone a person may choose, sorted by id. */
    public static List<String> ids() {
        return IDS;
    }

    /** The zone of this id, if it is one of {@link #ids()}. */
    public static Optional<ZoneId> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String trimmed = id.strip();
        return ZoneId.getAvailableZoneIds().contains(trimmed) ? Optional.of(ZoneId.of(trimmed)) : Optional.empty();
    }
}
