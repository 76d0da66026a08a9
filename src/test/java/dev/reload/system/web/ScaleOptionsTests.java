package dev.reload.system.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The options of a scale as the page's radio group: one label a value, the answer checked, names escaped. */
class ScaleOptionsTests {

    private final ScaleOptions scales = new ScaleOptions();

    @Test
    void elevenOptionsFromZeroToTenEachALabelledRadioButton() {
        Document html = Jsoup.parseBodyFragment(scales.html("painDuring", "quick-pain", null, true, false, null));
        assertThat(html.select("label.scale-option")).hasSize(11);
        for (int v = 0; v <= 10; v++) {
            Element input = html.getElementById("quick-pain-" + v);
            assertThat(input).isNotNull();
            assertThat(input.attr("type")).isEqualTo("radio");
            assertThat(input.attr("name")).isEqualTo("painDuring");
            assertThat(input.attr("value")).isEqualTo(String.valueOf(v));
            assertThat(input.hasAttr("required")).isTrue();
            assertThat(input.hasAttr("checked")).isFalse();
            assertThat(input.hasAttr("aria-invalid")).isFalse();
            assertThat(input.parent().selectFirst("span").text()).isEqualTo(String.valueOf(v));
        }
    }

    @Test
    void theAnswerIsCheckedWhateverItsTypeAndARefusedAnswerMarksEveryOption() {
        Document html = Jsoup.parseBodyFragment(scales.html("stiffness", "s", 3, false, true, 4));
        assertThat(html.select("input")).hasSize(5);
        assertThat(html.select("input[checked]"))
                .extracting(e -> e.attr("value"))
                .containsExactly("3");
        assertThat(html.select("input[aria-invalid=true]")).hasSize(5);
        assertThat(html.select("input[required]")).isEmpty();
        assertThat(Jsoup.parseBodyFragment(scales.html("x", "x", "7", false, false, null))
                        .select("input[checked]"))
                .extracting(e -> e.attr("value"))
                .containsExactly("7");
    }

    @Test
    void namesAndIdsAreEscaped() {
        String html = scales.html("a\"><script>", "b'<i>", null, false, false, 0);
        assertThat(html).doesNotContain("<script>").doesNotContain("<i>");
        Element input = Jsoup.parseBodyFragment(html).selectFirst("input");
        assertThat(input.attr("name")).isEqualTo("a\"><script>");
        assertThat(input.id()).isEqualTo("b'<i>-0");
    }
}
