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

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }
}
