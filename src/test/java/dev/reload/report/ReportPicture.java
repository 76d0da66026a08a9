package dev.reload.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Draws the first page of a report as a PNG at 100 dpi, for {@code docs/images/report-page-1.png}
 * (the command is in decision 0016): {@code ReportPicture <report.pdf> <page.png>}.
 */
final class ReportPicture {

    static final float DPI = 100;

    private ReportPicture() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ReportPicture <report.pdf> <page.png>");
        }
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(Path.of(args[0])))) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, DPI, ImageType.RGB);
            ImageIO.write(page, "png", Path.of(args[1]).toFile());
        }
    }
}
