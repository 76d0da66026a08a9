package dev.reload.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a {@link ClinicianReport} as a PDF: the Thymeleaf template {@value #TEMPLATE} (XHTML with
 * its own print CSS: A4, page numbers in the footer) laid out by openhtmltopdf, its inline SVG charts
 * drawn as vector paths by Batik, with DejaVu Sans embedded (subset) so that every character
 * prints (decision 0016).
 */
@Component
class ReportPdf {

    static final String TEMPLATE = "report/report";
    static final String FONT = "DejaVu Sans";
    /** The text and the charts' labels; a font also named for a fallback use is only a fallback. */
    private static final Set<FSFontUseCase> FONT_USES = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG);

    static {
        // openhtmltopdf writes every step of its layout to the console at INFO; keep its warnings only
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final ITemplateEngine templates;
    private final byte[] regular;
    private final byte[] bold;

    ReportPdf(ITemplateEngine templates) {
        this.templates = templates;
        this.regular = font("report/fonts/DejaVuSans.ttf");
        this.bold = font("report/fonts/DejaVuSans-Bold.ttf");
    }

    /** The report as XHTML, as the PDF renderer reads it; {@code ruleLinks}: rule id → its library page. */
    String xhtml(ClinicianReport report, Map<String, String> ruleLinks) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("report", report);
        context.setVariable("ruleLinks", ruleLinks);
        return templates.process(TEMPLATE, context);
    }

    /** The report as a PDF document. */
    byte[] pdf(ClinicianReport report, Map<String, String> ruleLinks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .useSVGDrawer(new BatikSVGDrawer())
                    .withProducer("Reload")
                    .withHtmlContent(xhtml(report, ruleLinks), "/")
                    .toStream(out);
            builder.useFont(() -> stream(regular), FONT, 400, FontStyle.NORMAL, true, FONT_USES);
            builder.useFont(() -> stream(bold), FONT, 700, FontStyle.NORMAL, true, FONT_USES);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the report could not be rendered", e);
        }
        return out.toByteArray();
    }

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static byte[] font(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the report's font " + path + " is missing", e);
        }
    }
}
