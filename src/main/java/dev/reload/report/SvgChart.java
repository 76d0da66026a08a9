package dev.reload.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small chart drawn as SVG for the report: categories along the bottom (plan weeks, days), a value
 * axis from 0, and on it shaded bands over ranges of categories (the phases), shaded zones of values
 * (pain zones), bars, lines with gaps where a value is missing (or joined over them), points drawn as
 * markers without a line, and labelled levels across the chart (a goal, a meaningful-change line).
 * A series may be measured on a second axis on the right (the day's volume under pain 0–10). The PDF
 * renderer draws the SVG as vector paths, so the chart stays sharp when printed. Everything is placed
 * here, in plain numbers; the caller only gives series.
 */
final class SvgChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 230;
    private static final int LEFT = 44;
    private static final int RIGHT = 12;
    /** The right margin when a second axis is drawn there. */
    private static final int RIGHT_AXIS = 40;

    private static final int TOP = 22;
    private static final int BOTTOM = 58;
    /** At most this many category labels along the bottom; the others are skipped evenly. */
    private static final int MAX_LABELS = 14;

    private static final String FONT = "font-family=\"DejaVu Sans, sans-serif\"";

    /** A shaded range of categories, {@code from} to {@code to} included (0-based), with a label at its top. */
    record Band(int from, int to, String label, String fill) {}

    /** Which value axis a series is measured on. */
    enum Axis {
        LEFT,
        RIGHT
    }

    /** How a point is marked: a dot, a triangle up or down (a step up or down), a diamond, or not at all. */
    enum Marker {
        CIRCLE,
        UP,
        DOWN,
        DIAMOND,
        NONE
    }

    /**
     * A series of values per category; a null value is a gap, which a {@code joined} line draws over.
     * {@code markers} mark each point (null: circles); a line without {@code stroke} is points only; one
     * {@code overBar} 0 or more is a mark across that bar series' place in each category instead of a line;
     * {@code shift} moves the points off the slot's middle by that share of a slot.
     */
    record Series(
            String name,
            List<Double> values,
            String colour,
            Axis axis,
            boolean stroke,
            boolean joined,
            boolean dashed,
            int overBar,
            double shift,
            List<Marker> markers) {

        Series(String name, List<Double> values, String colour) {
            this(name, values, colour, Axis.LEFT, true, false, false, -1, 0, null);
        }

        Marker marker(int i) {
            return markers == null ? Marker.CIRCLE : markers.get(i) == null ? Marker.CIRCLE : markers.get(i);
        }
    }

    /** A shaded zone of values across the whole chart, {@code from} to {@code to}, with its key. */
    record Zone(String label, double from, double to, String fill) {}

    /** A level across the whole chart, with its label. */
    record Level(String label, double value, String colour) {}

    /** A range of values per category, from {@code low} to {@code high} (a guard band); null: none there. */
    record Range(String name, List<Double> low, List<Double> high, String fill) {}

    private final List<String> categories;
    private final String valueTitle;
    private final List<Band> bands = new ArrayList<>();
    private final List<Series> bars = new ArrayList<>();
    private final List<Series> lines = new ArrayList<>();
    private final List<Level> levels = new ArrayList<>();
    private final List<Range> ranges = new ArrayList<>();
    private final List<Zone> zones = new ArrayList<>();
    private double atLeast;
    private String rightTitle;

    /**
     * @param categories the labels along the bottom, one per category (at least one)
     * @param valueTitle what the values are, written above the value axis
     */
    SvgChart(List<String> categories, String valueTitle) {
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one category");
        }
        this.categories = List.copyOf(categories);
        this.valueTitle = valueTitle;
    }

    SvgChart band(int from, int to, String label, String fill) {
        bands.add(new Band(from, to, label, fill));
        return this;
    }

    SvgChart bars(String name, List<Double> values, String colour) {
        bars.add(checked(new Series(name, values, colour)));
        return this;
    }

    /** Bars measured on the right axis, which {@link #rightAxis} titles. */
    SvgChart barsOnRight(String name, List<Double> values, String colour) {
        bars.add(checked(new Series(name, values, colour, Axis.RIGHT, true, false, false, -1, 0, null)));
        return this;
    }

    SvgChart line(String name, List<Double> values, String colour) {
        lines.add(checked(new Series(name, values, colour)));
        return this;
    }

    /**
     * Each value as a marker, with no line between them (pains reported on some days), moved off the
     * slot's middle by {@code shift} of a slot (−0.5 to 0.5), so that equal values of several series
     * stand side by side instead of on each other.
     */
    SvgChart points(String name, List<Double> values, String colour, Marker marker, double shift) {
        if (shift < -0.5 || shift > 0.5) {
            throw new IllegalArgumentException(name + ": a shift of " + shift + " leaves the slot");
        }
        List<Marker> markers = values.stream().map(v -> marker).toList();
        lines.add(checked(new Series(name, values, colour, Axis.LEFT, false, false, false, -1, shift, markers)));
        return this;
    }

    /**
     * A line joined over the gaps (an exercise done on some of the days), each point with its marker
     * (one per category; null: a dot), dashed or solid, on either axis.
     */
    SvgChart joined(String name, List<Double> values, String colour, List<Marker> markers, Axis axis, boolean dashed) {
        if (markers.size() != values.size()) {
            throw new IllegalArgumentException(
                    name + ": " + markers.size() + " markers for " + values.size() + " values");
        }
        lines.add(checked(new Series(name, values, colour, axis, true, true, dashed, -1, 0, new ArrayList<>(markers))));
        return this;
    }

    /**
     * A dashed mark across the place of bar series {@code bar} (0 the first added) in each category:
     * what was planned for it. Each mark stands alone, so that two plans of the same number stay apart.
     */
    SvgChart targets(String name, List<Double> values, String colour, int bar) {
        List<Marker> none = values.stream().map(v -> Marker.NONE).toList();
        lines.add(checked(new Series(name, values, colour, Axis.LEFT, true, false, true, bar, 0, none)));
        return this;
    }

    /** Shades the values from {@code from} to {@code to} across the chart (a zone), behind everything but the bands. */
    SvgChart zone(String label, double from, double to, String fill) {
        zones.add(new Zone(label, from, to, fill));
        return this;
    }

    /** Draws a second value axis on the right, from 0, titled {@code title}, for the series put on it. */
    SvgChart rightAxis(String title) {
        rightTitle = title;
        return this;
    }

    /** Shades each category from its low to its high value, behind the bars and lines. */
    SvgChart range(String name, List<Double> low, List<Double> high, String fill) {
        checked(new Series(name, low, fill));
        checked(new Series(name, high, fill));
        ranges.add(new Range(name, low, high, fill));
        return this;
    }

    SvgChart level(String label, double value, String colour) {
        levels.add(new Level(label, value, colour));
        return this;
    }

    /** The value axis reaches at least this far (a 0–10 pain scale reaches 10). */
    SvgChart axisAtLeast(double value) {
        atLeast = value;
        return this;
    }

    private Series checked(Series series) {
        if (series.values().size() != categories.size()) {
            throw new IllegalArgumentException(
                    series.name() + ": " + series.values().size() + " values for " + categories.size() + " categories");
        }
        return series;
    }

    /** The chart as an SVG element, ready to be placed in XHTML. */
    String svg() {
        boolean right = bars.stream().anyMatch(b -> b.axis() == Axis.RIGHT)
                || lines.stream().anyMatch(l -> l.axis() == Axis.RIGHT);
        if (right && rightTitle == null) {
            throw new IllegalStateException("a series on the right axis needs the axis's title");
        }
        int rightEdge = WIDTH - (right ? RIGHT_AXIS : RIGHT);
        double top = niceTop(Axis.LEFT);
        double rightTop = right ? niceTop(Axis.RIGHT) : top;
        double plotWidth = rightEdge - LEFT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double slot = plotWidth / categories.size();
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\">");
        for (Band band : bands) {
            double x = LEFT + band.from() * slot;
            double w = (band.to() - band.from() + 1) * slot;
            svg.append(rect(x, TOP, w, plotHeight, band.fill()));
            svg.append(text(x + 3, TOP + 10, band.label(), "start", 8, "#555555"));
        }
        for (Zone zone : zones) {
            double yTop = y(Math.min(zone.to(), top), top, plotHeight);
            svg.append(rect(LEFT, yTop, plotWidth, y(zone.from(), top, plotHeight) - yTop, zone.fill()));
        }
        double step = top / 5;
        for (int i = 0; i <= 5; i++) {
            double value = step * i;
            double y = y(value, top, plotHeight);
            svg.append(line(LEFT, y, rightEdge, y, "#cccccc", 0.6, false));
            svg.append(text(LEFT - 5, y + 3, number(value), "end", 9, "#333333"));
            if (right) {
                svg.append(text(rightEdge + 5, y + 3, number(rightTop / 5 * i), "start", 9, "#333333"));
            }
        }
        svg.append(text(4, 12, valueTitle, "start", 9, "#333333"));
        if (right) {
            // 16 from the edge: the renderer measures the text a little narrower than it draws it
            svg.append(text(WIDTH - 16, 12, rightTitle, "end", 9, "#333333"));
        }
        for (Range range : ranges) {
            for (int i = 0; i < categories.size(); i++) {
                Double low = range.low().get(i);
                Double high = range.high().get(i);
                if (low != null && high != null && high > low) {
                    double yHigh = y(high, top, plotHeight);
                    svg.append(rect(LEFT + i * slot, yHigh, slot, y(low, top, plotHeight) - yHigh, range.fill()));
                }
            }
        }
        int barCount = bars.size();
        for (int b = 0; b < barCount; b++) {
            Series series = bars.get(b);
            double axisTop = series.axis() == Axis.RIGHT ? rightTop : top;
            double width = slot * 0.7 / barCount;
            for (int i = 0; i < categories.size(); i++) {
                Double value = series.values().get(i);
                if (value != null && value > 0) {
                    double x = LEFT + i * slot + slot * 0.15 + b * width;
                    double y = y(value, axisTop, plotHeight);
                    svg.append(rect(x, y, width, TOP + plotHeight - y, series.colour()));
                }
            }
        }
        for (Series series : lines) {
            double axisTop = series.axis() == Axis.RIGHT ? rightTop : top;
            StringBuilder path = new StringBuilder();
            StringBuilder marks = new StringBuilder();
            boolean pen = false;
            for (int i = 0; i < categories.size(); i++) {
                Double value = series.values().get(i);
                if (value == null) {
                    pen = pen && series.joined();
                    continue;
                }
                double x = LEFT + (i + 0.5 + series.shift()) * slot;
                double y = y(value, axisTop, plotHeight);
                if (series.overBar() >= 0) {
                    double width = slot * 0.7 / Math.max(1, barCount);
                    double from = LEFT + i * slot + slot * 0.15 + series.overBar() * width;
                    path.append(" M").append(number(from)).append(' ').append(number(y));
                    path.append(" L").append(number(from + width)).append(' ').append(number(y));
                } else {
                    path.append(pen ? " L" : " M").append(number(x)).append(' ').append(number(y));
                }
                pen = true;
                marks.append(marker(series.marker(i), x, y, series.colour()));
            }
            if (series.stroke() && !path.isEmpty()) {
                svg.append("<path d=\"")
                        .append(path.toString().trim())
                        .append("\" fill=\"none\" stroke=\"")
                        .append(series.colour())
                        .append("\" stroke-width=\"1.8\"")
                        .append(series.dashed() ? " stroke-dasharray=\"5 3\"" : "")
                        .append("/>");
            }
            svg.append(marks);
        }
        for (Level level : levels) {
            double y = y(level.value(), top, plotHeight);
            svg.append(line(LEFT, y, rightEdge, y, level.colour(), 1.2, true));
        }
        svg.append(line(LEFT, TOP + plotHeight, rightEdge, TOP + plotHeight, "#333333", 0.8, false));
        int every = (categories.size() + MAX_LABELS - 1) / MAX_LABELS;
        for (int i = 0; i < categories.size(); i += every) {
            svg.append(text(LEFT + (i + 0.5) * slot, TOP + plotHeight + 13, categories.get(i), "middle", 9, "#333333"));
        }
        legend(svg);
        return svg.append("</svg>").toString();
    }

    /** The shape of a marker centred on x, y; nothing for {@link Marker#NONE}. */
    private static String marker(Marker marker, double x, double y, String colour) {
        return switch (marker) {
            case CIRCLE ->
                "<circle cx=\"" + number(x) + "\" cy=\"" + number(y) + "\" r=\"2.5\" fill=\"" + colour + "\"/>";
            case UP -> shape(colour, x, y - 4.5, x + 4, y + 2.5, x - 4, y + 2.5);
            case DOWN -> shape(colour, x, y + 4.5, x + 4, y - 2.5, x - 4, y - 2.5);
            case DIAMOND -> shape(colour, x, y - 3.5, x + 3.5, y, x, y + 3.5, x - 3.5, y);
            case NONE -> "";
        };
    }

    /** A filled polygon through the given x, y pairs. */
    private static String shape(String fill, double... xy) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            d.append(i == 0 ? "M" : " L").append(number(xy[i])).append(' ').append(number(xy[i + 1]));
        }
        return "<path d=\"" + d + " Z\" fill=\"" + fill + "\"/>";
    }

    /**
     * One key per zone, series and level, in rows under the chart (a level's key says its value): a
     * second or third row when they do not fit in one.
     */
    private void legend(StringBuilder svg) {
        List<Key> keys = new ArrayList<>();
        zones.forEach(z -> keys.add(new Key(z.label(), z.fill(), "bar", Marker.NONE, false)));
        ranges.forEach(r -> keys.add(new Key(r.name(), r.fill(), "bar", Marker.NONE, false)));
        bars.forEach(s -> keys.add(new Key(s.name(), s.colour(), "bar", Marker.NONE, false)));
        lines.forEach(s -> keys.add(new Key(
                s.name(),
                s.colour(),
                s.stroke() ? "line" : "point",
                s.markers() == null ? Marker.NONE : firstMarker(s),
                s.dashed())));
        levels.forEach(l -> keys.add(new Key(l.label(), l.colour(), "level", Marker.NONE, true)));
        List<List<Key>> rows = new ArrayList<>();
        List<Key> row = new ArrayList<>();
        double x = LEFT;
        for (Key key : keys) {
            double width = key.width();
            if (!row.isEmpty() && x + width > WIDTH - RIGHT) {
                rows.add(row);
                row = new ArrayList<>();
                x = LEFT;
            }
            row.add(key);
            x += width;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        double y = rows.size() <= 1 ? HEIGHT - 14 : HEIGHT - 6 - (rows.size() - 1) * 11.0;
        for (List<Key> keysOfRow : rows) {
            x = LEFT;
            for (Key key : keysOfRow) {
                switch (key.kind()) {
                    case "bar" -> svg.append(rect(x, y - 8, 10, 10, key.colour()));
                    case "line" -> {
                        svg.append(line(x, y - 3, x + 10, y - 3, key.colour(), 1.8, key.dashed()));
                        svg.append(marker(key.marker(), x + 5, y - 3, key.colour()));
                    }
                    case "point" -> svg.append(marker(key.marker(), x + 5, y - 3, key.colour()));
                    default -> svg.append(line(x, y - 3, x + 16, y - 3, key.colour(), 1.2, true));
                }
                svg.append(text(x + key.gap(), y + 1, key.name(), "start", 9, "#333333"));
                x += key.width();
            }
            y += 11;
        }
    }

    /**
     * A series' key shows its marker: for points, their shape; for a line, its first marker that is
     * not a step (the plain dot of a strength line).
     */
    private static Marker firstMarker(Series series) {
        return series.markers().stream()
                .map(m -> m == null ? Marker.CIRCLE : m)
                .filter(m -> !series.stroke() || (m != Marker.UP && m != Marker.DOWN))
                .findFirst()
                .orElse(Marker.CIRCLE);
    }

    /** One key of the legend: its name, colour, kind (bar, line, point, level), marker and dash. */
    private record Key(String name, String colour, String kind, Marker marker, boolean dashed) {

        double gap() {
            return kind.equals("level") ? 20 : 14;
        }

        double width() {
            return gap() + 16 + name.length() * 5.6;
        }
    }

    private double niceTop(Axis axis) {
        double max = axis == Axis.LEFT ? atLeast : 0;
        for (Series s : bars) {
            if (s.axis() == axis) {
                max = Math.max(max, max(s));
            }
        }
        for (Series s : lines) {
            if (s.axis() == axis) {
                max = Math.max(max, max(s));
            }
        }
        if (axis == Axis.LEFT) {
            for (Range r : ranges) {
                max = Math.max(max, max(new Series(r.name(), r.high(), r.fill())));
            }
            for (Level level : levels) {
                max = Math.max(max, level.value());
            }
        }
        if (max <= 0) {
            return 5;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max / 5)));
        for (double nice : new double[] {1, 2, 2.5, 5, 10}) {
            if (nice * magnitude * 5 >= max) {
                return nice * magnitude * 5;
            }
        }
        return 10 * magnitude * 5;
    }

    private static double max(Series series) {
        return series.values().stream()
                .filter(v -> v != null)
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(0);
    }

    private static double y(double value, double top, double plotHeight) {
        return TOP + plotHeight - Math.max(0, value) / top * plotHeight;
    }

    private static String rect(double x, double y, double w, double h, String fill) {
        return "<rect x=\"" + number(x) + "\" y=\"" + number(y) + "\" width=\"" + number(w) + "\" height=\"" + number(h)
                + "\" fill=\"" + fill + "\"/>";
    }

    private static String line(
            double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
        return "<line x1=\"" + number(x1) + "\" y1=\"" + number(y1) + "\" x2=\"" + number(x2) + "\" y2=\""
                + number(y2) + "\" stroke=\"" + stroke + "\" stroke-width=\"" + number(width) + "\""
                + (dashed ? " stroke-dasharray=\"5 3\"" : "") + "/>";
    }

    private static String text(double x, double y, String text, String anchor, int size, String fill) {
        return "<text x=\"" + number(x) + "\" y=\"" + number(y) + "\" text-anchor=\"" + anchor + "\" font-size=\""
                + size + "\" " + FONT + " fill=\"" + fill + "\">" + escaped(text) + "</text>";
    }

    /** A coordinate or a tick: at most one decimal, no trailing ".0". */
    static String number(double value) {
        String s = String.format(Locale.ROOT, "%.1f", value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
