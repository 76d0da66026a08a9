package dev.reload.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small chart drawn as SVG for the report: categories along the bottom (plan weeks), a value
 * axis from 0, and on it shaded bands over ranges of categories (the phases), bars, lines with
 * gaps where a value is missing, and labelled levels across the chart (a goal, a meaningful-change
 * line). The PDF renderer draws the SVG as vector paths, so the chart stays sharp when printed.
 * Everything is placed here, in plain numbers; the caller only gives series.
 */
final class SvgChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 230;
    private static final int LEFT = 44;
    private static final int RIGHT = 12;
    private static final int TOP = 22;
    private static final int BOTTOM = 58;
    /** At most this many category labels along the bottom; the others are skipped evenly. */
    private static final int MAX_LABELS = 14;

    private static final String FONT = "font-family=\"DejaVu Sans, sans-serif\"";

    /** A shaded range of categories, {@code from} to {@code to} included (0-based), with a label at its top. */
    record Band(int from, int to, String label, String fill) {}

    /** A series of values per category; a null value is a gap. */
    record Series(String name, List<Double> values, String colour) {}

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
    private double atLeast;

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

    SvgChart line(String name, List<Double> values, String colour) {
        lines.add(checked(new Series(name, values, colour)));
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
        double top = niceTop();
        double plotWidth = WIDTH - LEFT - RIGHT;
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
        double step = top / 5;
        for (int i = 0; i <= 5; i++) {
            double value = step * i;
            double y = y(value, top, plotHeight);
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, "#cccccc", 0.6, false));
            svg.append(text(LEFT - 5, y + 3, number(value), "end", 9, "#333333"));
        }
        svg.append(text(4, 12, valueTitle, "start", 9, "#333333"));
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
            double width = slot * 0.7 / barCount;
            for (int i = 0; i < categories.size(); i++) {
                Double value = series.values().get(i);
                if (value != null && value > 0) {
                    double x = LEFT + i * slot + slot * 0.15 + b * width;
                    double y = y(value, top, plotHeight);
                    svg.append(rect(x, y, width, TOP + plotHeight - y, series.colour()));
                }
            }
        }
        for (Series series : lines) {
            StringBuilder path = new StringBuilder();
            boolean pen = false;
            for (int i = 0; i < categories.size(); i++) {
                Double value = series.values().get(i);
                if (value == null) {
                    pen = false;
                    continue;
                }
                double x = LEFT + (i + 0.5) * slot;
                double y = y(value, top, plotHeight);
                path.append(pen ? " L" : " M").append(number(x)).append(' ').append(number(y));
                pen = true;
                svg.append("<circle cx=\"")
                        .append(number(x))
                        .append("\" cy=\"")
                        .append(number(y))
                        .append("\" r=\"2.5\" fill=\"")
                        .append(series.colour())
                        .append("\"/>");
            }
            if (!path.isEmpty()) {
                svg.append("<path d=\"")
                        .append(path.toString().trim())
                        .append("\" fill=\"none\" stroke=\"")
                        .append(series.colour())
                        .append("\" stroke-width=\"1.8\"/>");
            }
        }
        for (Level level : levels) {
            double y = y(level.value(), top, plotHeight);
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, level.colour(), 1.2, true));
        }
        svg.append(line(LEFT, TOP + plotHeight, WIDTH - RIGHT, TOP + plotHeight, "#333333", 0.8, false));
        int every = (categories.size() + MAX_LABELS - 1) / MAX_LABELS;
        for (int i = 0; i < categories.size(); i += every) {
            svg.append(text(LEFT + (i + 0.5) * slot, TOP + plotHeight + 13, categories.get(i), "middle", 9, "#333333"));
        }
        legend(svg);
        return svg.append("</svg>").toString();
    }

    /** One key per series and level, in a row under the chart (a level's key says its value). */
    private void legend(StringBuilder svg) {
        double x = LEFT;
        double y = HEIGHT - 14;
        List<String[]> keys = new ArrayList<>();
        ranges.forEach(r -> keys.add(new String[] {r.name(), r.fill(), "bar"}));
        bars.forEach(s -> keys.add(new String[] {s.name(), s.colour(), "bar"}));
        lines.forEach(s -> keys.add(new String[] {s.name(), s.colour(), "line"}));
        levels.forEach(l -> keys.add(new String[] {l.label(), l.colour(), "level"}));
        for (String[] key : keys) {
            switch (key[2]) {
                case "bar" -> svg.append(rect(x, y - 8, 10, 10, key[1]));
                case "line" -> svg.append(line(x, y - 3, x + 10, y - 3, key[1], 1.8, false));
                default -> svg.append(line(x, y - 3, x + 16, y - 3, key[1], 1.2, true));
            }
            double gap = key[2].equals("level") ? 20 : 14;
            svg.append(text(x + gap, y + 1, key[0], "start", 9, "#333333"));
            x += gap + 16 + key[0].length() * 5.6;
        }
    }

    private double niceTop() {
        double max = atLeast;
        for (Series s : bars) {
            max = Math.max(max, max(s));
        }
        for (Series s : lines) {
            max = Math.max(max, max(s));
        }
        for (Range r : ranges) {
            max = Math.max(max, max(new Series(r.name(), r.high(), r.fill())));
        }
        for (Level level : levels) {
            max = Math.max(max, level.value());
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
