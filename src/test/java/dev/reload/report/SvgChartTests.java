package dev.reload.report;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The report's SVG charts: well-formed, placed where their numbers say, gaps left open. */
class SvgChartTests {

    @Test
    void drawsALineThroughItsValuesLeavingAGapWhereOneIsMissing() throws Exception {
        String svg = new SvgChart(List.of("W1", "W2", "W3", "W4"), "Pain 0–10")
                .axisAtLeast(10)
                .line("Mean morning pain", Arrays.asList(5.0, null, 2.0, 2.0), "#b03a2e")
                .svg();

        Element path = (Element) parse(svg).getElementsByTagName("path").item(0);

        // 4 slots of 146 px from x = 44; 0–10 over 150 px from y = 172 up
        assertThat(path.getAttribute("d")).isEqualTo("M117 97 M409 142 L555 142");
        assertThat(parse(svg).getElementsByTagName("circle").getLength()).isEqualTo(3);
    }

    @Test
    void aLevelIsDrawnDashedAtItsValueWithItsLabel() throws Exception {
        String svg = new SvgChart(List.of("W1", "W2"), "Pain 0–10")
                .axisAtLeast(10)
                .line("pain", Arrays.asList(5.0, 4.0), "#000000")
                .level("Meaningful change: 3.5", 3.5, "#1f6f43")
                .svg();

        Document document = parse(svg);
        Element dashed = IntStream.range(
                        0, document.getElementsByTagName("line").getLength())
                .mapToObj(i -> (Element) document.getElementsByTagName("line").item(i))
                .filter(line -> line.hasAttribute("stroke-dasharray"))
                .findFirst()
                .orElseThrow();
        assertThat(dashed.getAttribute("y1")).isEqualTo("119.5"); // 172 − 3.5 / 10 × 150
        assertThat(svg).contains(">Meaningful change: 3.5</text>");
    }

    @Test
    void barsStandOnTheAxisAndTheAxisEndsOnARoundNumber() throws Exception {
        String svg = new SvgChart(List.of("W1", "W2"), "km")
                .bars("Done", Arrays.asList(8.0, 11.0), "#336699")
                .svg();

        assertThat(svg).contains(">12.5</text>").doesNotContain(">15</text>");
        Element second = (Element) parse(svg).getElementsByTagName("rect").item(1);
        double top = Double.parseDouble(second.getAttribute("y"));
        double height = Double.parseDouble(second.getAttribute("height"));
        assertThat(top + height).isEqualTo(172.0);
        assertThat(height).isEqualTo(132.0); // 11 / 12.5 × 150
    }

    @Test
    void bandsShadeTheirCategoriesAndLabelsAreEscaped() throws Exception {
        String svg = new SvgChart(List.of("W1", "W2", "W3"), "a < b & c")
                .band(1, 2, "Return", "#eef5ee")
                .bars("Done", Arrays.asList(1.0, 2.0, 3.0), "#336699")
                .svg();

        Element band = (Element) parse(svg).getElementsByTagName("rect").item(0);
        assertThat(band.getAttribute("x")).isEqualTo("238.7");
        assertThat(band.getAttribute("width")).isEqualTo("389.3");
        assertThat(svg).contains("a &lt; b &amp; c");
    }

    @Test
    void aRangeShadesEachCategoryFromItsLowToItsHighValue() throws Exception {
        String svg = new SvgChart(List.of("W1", "W2"), "km")
                .range("Guard band", Arrays.asList(4.0, null), Arrays.asList(5.0, 6.0), "#dde8f3")
                .svg();

        Element band = (Element) parse(svg).getElementsByTagName("rect").item(0);
        // 6 km rounds the axis up to 10 (150 px): W1's 4–5 km is 15 px high, up to y = 172 − 75
        assertThat(band.getAttribute("x")).isEqualTo("44");
        assertThat(band.getAttribute("y")).isEqualTo("97");
        assertThat(band.getAttribute("height")).isEqualTo("15");
        assertThat(band.getAttribute("fill")).isEqualTo("#dde8f3");
        assertThat(parse(svg).getElementsByTagName("rect").getLength())
                .as("W1's band and the key; W2 has no low value")
                .isEqualTo(2);
    }

    @Test
    void manyCategoriesAreLabelledEveryFewSoThatTheLabelsFit() {
        List<String> weeks = IntStream.rangeClosed(1, 52).mapToObj(w -> "W" + w).toList();

        String svg = new SvgChart(weeks, "km")
                .line("Done", weeks.stream().map(w -> 1.0).toList(), "#336699")
                .svg();

        assertThat(svg).contains(">W1</text>", ">W5</text>", ">W49</text>").doesNotContain(">W2</text>");
    }

    @Test
    void refusesASeriesThatDoesNotFitItsCategoriesAndAChartWithoutAny() {
        SvgChart chart = new SvgChart(List.of("W1", "W2"), "km");

        assertThatThrownBy(() -> chart.line("Done", List.of(1.0), "#000000"))
                .hasMessage("Done: 1 values for 2 categories");
        assertThatThrownBy(() -> new SvgChart(List.of(), "km")).hasMessage("a chart needs at least one category");
    }

    @Test
    void aSeriesOnTheRightAxisIsMeasuredOnItsOwnScale() throws Exception {
        String svg = new SvgChart(List.of("W1", "W2"), "Pain 0–10")
                .axisAtLeast(10)
                .rightAxis("km a day")
                .barsOnRight("Amount", Arrays.asList(4.0, 8.0), "#a9cbbd")
                .svg();

        Element second = (Element) parse(svg).getElementsByTagName("rect").item(1);
        // the right axis leaves 556 px for 2 slots of 278; 8 km on a right axis up to 10: 120 px
        assertThat(second.getAttribute("x")).isEqualTo("363.7");
        assertThat(second.getAttribute("y")).isEqualTo("52");
        assertThat(second.getAttribute("height")).isEqualTo("120");
        assertThat(svg)
                .contains("<text x=\"605\" y=\"25\" text-anchor=\"start\"")
                .contains(">km a day</text>");
    }

    @Test
    void aSeriesOnTheRightAxisNeedsTheAxisTitle() {
        SvgChart chart = new SvgChart(List.of("1 Mar"), "Pain").barsOnRight("Amount", List.of(3.0), "#000000");

        assertThatThrownBy(chart::svg).hasMessage("a series on the right axis needs the axis's title");
    }

    @Test
    void pointsAreMarkersWithoutALineBetweenThemSetOffTheMiddleWhenAsked() throws Exception {
        String svg = new SvgChart(List.of("W1", "W2", "W3", "W4"), "Pain 0–10")
                .axisAtLeast(10)
                .points("After", Arrays.asList(5.0, null, 2.0, null), "#1d4ed8", SvgChart.Marker.UP, 0)
                .points("During", Arrays.asList(5.0, null, null, null), "#1b2421", SvgChart.Marker.CIRCLE, -0.25)
                .svg();

        Document document = parse(svg);
        List<String> shapes = IntStream.range(
                        0, document.getElementsByTagName("path").getLength())
                .mapToObj(i -> ((Element) document.getElementsByTagName("path").item(i)).getAttribute("d"))
                .toList();
        // two triangles at x = 117 and 409 (5 and 2 of 10), and the legend's; no line
        assertThat(shapes).contains("M117 92.5 L121 99.5 L113 99.5 Z", "M409 137.5 L413 144.5 L405 144.5 Z");
        assertThat(shapes).hasSize(3).allMatch(d -> d.endsWith(" Z"));
        Element during = (Element) document.getElementsByTagName("circle").item(0);
        assertThat(during.getAttribute("cx"))
                .as("a quarter slot left of W1's middle")
                .isEqualTo("80.5");
        assertThatThrownBy(() -> new SvgChart(List.of("W1"), "Pain")
                        .points("During", List.of(1.0), "#000000", SvgChart.Marker.CIRCLE, 0.6))
                .hasMessage("During: a shift of 0.6 leaves the slot");
    }

    @Test
    void aJoinedLineRunsOverItsGapsAndMarksStepsUpAndDown() throws Exception {
        String svg = new SvgChart(List.of("1 Mar", "3 Mar", "5 Mar", "8 Mar"), "Load (kg)")
                .joined(
                        "Split squat (kg)",
                        Arrays.asList(10.0, null, 12.0, 11.0),
                        "#1f6f43",
                        Arrays.asList(null, null, SvgChart.Marker.UP, SvgChart.Marker.DOWN),
                        SvgChart.Axis.LEFT,
                        true)
                .svg();

        Element line = (Element) parse(svg).getElementsByTagName("path").item(0);
        // 12 kg rounds the axis up to 12.5: 10 kg at y = 52, 12 at 28, 11 at 40
        assertThat(line.getAttribute("d")).isEqualTo("M117 52 L409 28 L555 40");
        assertThat(line.getAttribute("stroke-dasharray")).isEqualTo("5 3");
        assertThat(svg)
                .as("a triangle up at 12 kg, one down at 11 kg")
                .contains("d=\"M409 23.5 L413 30.5 L405 30.5 Z\"", "d=\"M555 44.5 L559 37.5 L551 37.5 Z\"");
    }

    @Test
    void aZoneShadesItsValuesAcrossTheChart() throws Exception {
        String svg = new SvgChart(List.of("W1", "W2"), "Pain 0–10")
                .axisAtLeast(10)
                .zone("At the edge: 4–5", 3.5, 5.5, "#fbefd9")
                .svg();

        Element zone = (Element) parse(svg).getElementsByTagName("rect").item(0);
        assertThat(zone.getAttribute("y")).isEqualTo("89.5"); // 172 − 5.5 × 15
        assertThat(zone.getAttribute("height")).isEqualTo("30");
        assertThat(zone.getAttribute("width")).isEqualTo("584");
        assertThat(svg).contains(">At the edge: 4–5</text>");
    }

    @Test
    void aTargetIsADashedMarkOverItsOwnBarInEachCategory() throws Exception {
        String svg = new SvgChart(List.of("W1", "W2"), "Sessions")
                .bars("Sessions done", Arrays.asList(3.0, 2.0), "#2f5f8a")
                .bars("Strength days done", Arrays.asList(1.0, 2.0), "#8e6bbf")
                .targets("Sessions planned", Arrays.asList(3.0, 3.0), "#0b2e4f", 0)
                .targets("Strength days planned", Arrays.asList(3.0, 3.0), "#3b0f63", 1)
                .svg();

        Document document = parse(svg);
        List<String> marks = IntStream.range(
                        0, document.getElementsByTagName("path").getLength())
                .mapToObj(i -> ((Element) document.getElementsByTagName("path").item(i)).getAttribute("d"))
                .toList();
        // slots of 292 px, two bars of 102.2 px from 15 % in; 3 on an axis to 5 is y = 82
        assertThat(marks).containsExactly("M87.8 82 L190 82 M379.8 82 L482 82", "M190 82 L292.2 82 M482 82 L584.2 82");
    }

    @Test
    void aLegendTooLongForOneRowWrapsIntoRowsInsideTheChart() throws Exception {
        SvgChart chart = new SvgChart(List.of("W1", "W2"), "kg");
        for (int i = 1; i <= 6; i++) {
            chart.line("An exercise with a long name " + i, Arrays.asList(1.0, 2.0), "#000000");
        }

        Document document = parse(chart.svg());
        List<Double> rows = IntStream.range(
                        0, document.getElementsByTagName("text").getLength())
                .mapToObj(i -> (Element) document.getElementsByTagName("text").item(i))
                .filter(t -> t.getTextContent().startsWith("An exercise"))
                .map(t -> Double.parseDouble(t.getAttribute("y")))
                .distinct()
                .toList();
        assertThat(rows).containsExactly(203.0, 214.0, 225.0);
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }
}
