package dev.reload.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * What a PDF draws with, read from its content streams and those of the forms they use: images
 * (a raster chart would be one) and path segments (a vector chart's lines and curves).
 */
final class PdfPages {

    /** The operators that add a straight or curved segment to a path. */
    private static final Set<String> SEGMENTS = Set.of("l", "c", "v", "y");

    private PdfPages() {}

    static int imageCount(byte[] pdf) throws IOException {
        int[] images = {0};
        visit(pdf, (stream, resources) -> {
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject) {
                    images[0]++;
                }
            }
        });
        return images[0];
    }

    /** The base names of every font the pages and their forms use ({@code AAAAEM+DejaVuSans}). */
    static Set<String> fontNames(byte[] pdf) throws IOException {
        Set<String> fonts = new TreeSet<>();
        visit(pdf, (stream, resources) -> {
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name).getName());
            }
        });
        return fonts;
    }

    /**
     * The path segments of each form the pages draw, one count per form, in page order: openhtmltopdf
     * draws each inline SVG as a form, so a vector chart is a form of many segments (its lines, bars
     * and the outlines of its labels), and a raster one would be an image instead.
     */
    static List<Integer> formSegments(byte[] pdf) throws IOException {
        List<Integer> forms = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof PDFormXObject form) {
                        forms.add(segments(form));
                    }
                }
            }
        }
        return forms;
    }

    private static int segments(PDContentStream stream) throws IOException {
        int segments = 0;
        for (Object token : new PDFStreamParser(stream).parse()) {
            if (token instanceof Operator operator && SEGMENTS.contains(operator.getName())) {
                segments++;
            }
        }
        return segments;
    }

    private interface StreamVisitor {
        void visit(PDContentStream stream, PDResources resources) throws IOException;
    }

    private static void visit(byte[] pdf, StreamVisitor visitor) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<PDContentStream> seen = new HashSet<>();
            for (PDPage page : document.getPages()) {
                visit(page, page.getResources(), visitor, seen);
            }
        }
    }

    private static void visit(
            PDContentStream stream, PDResources resources, StreamVisitor visitor, Set<PDContentStream> seen)
            throws IOException {
        if (resources == null || !seen.add(stream)) {
            return;
        }
        visitor.visit(stream, resources);
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                visit(form, form.getResources() == null ? resources : form.getResources(), visitor, seen);
            }
        }
    }
}
