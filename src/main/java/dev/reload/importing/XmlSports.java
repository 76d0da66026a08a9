package dev.reload.importing;

import java.util.Locale;

/** Activity names as GPX {@code <type>} and TCX {@code Sport} write them, to Reload's activities. */
public final class XmlSports {

    private XmlSports() {}

    public static Sport map(String type) {
        if (type == null) {
            return Sport.OTHER;
        }
        String t = type.trim().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        if (t.contains("run") || t.equals("jogging")) {
            return Sport.RUN;
        }
        if (t.contains("walk")) {
            return Sport.WALK;
        }
        if (t.contains("hik") || t.contains("mountaineering") || t.contains("trekking")) {
            return Sport.HIKE;
        }
        if (t.contains("bik") || t.contains("cycl") || t.contains("ride")) {
            return Sport.CYCLE;
        }
        if (t.contains("swim")) {
            return Sport.SWIM;
        }
        if (t.contains("basketball") || t.contains("volleyball") || t.contains("jump")) {
            return Sport.JUMP_SPORT;
        }
        return Sport.OTHER;
    }
}
