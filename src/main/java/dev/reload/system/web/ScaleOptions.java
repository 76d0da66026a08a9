package dev.reload.system.web;

import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * The options of a 0–10 scale ({@code fragments/scale.html}) written in one go: a label and radio
 * button for each value. Templates call it as {@code ${#scales.html(…)}} (a Thymeleaf dialect of
 * one expression object, since fragments may not reach beans with {@code @name}). The same markup
 * as a {@code th:each} over the values would make, without its seven expressions an option: a
 * Today page holds a dozen scales, and their options were most of its rendering in the load test
 * (docs/benchmarks.md, "Load test"). Names and ids are escaped; nothing else is text.
 */
@Component
public class ScaleOptions extends AbstractDialect implements IExpressionObjectDialect {

    /** The name templates use: {@code #scales}. */
    static final String NAME = "scales";

    private final IExpressionObjectFactory factory = new IExpressionObjectFactory() {
        @Override
        public Set<String> getAllExpressionObjectNames() {
            return Set.of(NAME);
        }

        @Override
        public Object buildObject(IExpressionContext context, String name) {
            return NAME.equals(name) ? ScaleOptions.this : null;
        }

        @Override
        public boolean isCacheable(String name) {
            return true;
        }
    };

    public ScaleOptions() {
        super("Reload scales");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return factory;
    }

    /**
     * @param name the radio group's name
     * @param fid the prefix of each option's id ({@code fid-0} … {@code fid-10})
     * @param selected the value to check, or null
     * @param required whether an answer is required
     * @param invalid whether the scale's answer was refused (each option says {@code aria-invalid})
     * @param max the last value (10 when null)
     */
    public String html(String name, String fid, Object selected, boolean required, boolean invalid, Integer max) {
        String escapedName = HtmlUtils.htmlEscape(Objects.requireNonNull(name, "name"));
        String escapedId = HtmlUtils.htmlEscape(Objects.requireNonNull(fid, "fid"));
        String checked = selected == null ? null : String.valueOf(selected);
        int last = max == null ? 10 : max;
        StringBuilder html = new StringBuilder(160 * (last + 1));
        for (int v = 0; v <= last; v++) {
            html.append("<label class=\"scale-option\"><input type=\"radio\" name=\"")
                    .append(escapedName)
                    .append("\" value=\"")
                    .append(v)
                    .append("\" id=\"")
                    .append(escapedId)
                    .append('-')
                    .append(v)
                    .append('"');
            if (String.valueOf(v).equals(checked)) {
                html.append(" checked=\"checked\"");
            }
            if (required) {
                html.append(" required=\"required\"");
            }
            if (invalid) {
                html.append(" aria-invalid=\"true\"");
            }
            html.append("><span>").append(v).append("</span></label>");
        }
        return html.toString();
    }
}
