package dev.reload.library.web;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import dev.reload.library.Article;
import dev.reload.library.Library;
import dev.reload.system.web.PublicAddress;

/**
 * What search engines and feed readers read: {@code /sitemap.xml} (the public pages, each library
 * page with its last review as {@code lastmod}), {@code /robots.txt} naming it, and the library's
 * Atom feed {@code /library/feed.atom} (each page an entry, updated when it was last reviewed).
 * Drafts are in none of them.
 */
@Controller
class SiteIndexController {

    /** Public pages outside the library that belong in the sitemap. */
    private static final List<String> PUBLIC_PAGES = List.of("/", "/finder", "/exercises");

    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final Library library;
    private final PublicAddress address;
    private final MessageSource messages;

    SiteIndexController(Library library, PublicAddress address, MessageSource messages) {
        this.library = library;
        this.address = address;
        this.messages = messages;
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        String text = "User-agent: *\n" + "Disallow: /api/\n" + "Sitemap: " + address.of("/sitemap.xml") + "\n";
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(text);
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() throws XMLStreamException {
        List<Article> pages = library.content().published();
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
        for (String path : PUBLIC_PAGES) {
            url(xml, address.of(path), null);
        }
        url(xml, address.of(Library.BASE), newest(pages));
        for (Article page : pages) {
            url(xml, address.of(page.path()), page.lastReviewed());
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(out.toString());
    }

    @GetMapping(Library.BASE + "/feed.atom")
    ResponseEntity<String> feed() throws XMLStreamException {
        List<Article> pages = library.content().published().stream()
                .sorted(Comparator.comparing(Article::lastReviewed).reversed().thenComparing(Article::slug))
                .toList();
        String home = address.of(Library.BASE);
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
        text(xml, "title", messages.getMessage("library.feed.title", null, java.util.Locale.ENGLISH));
        text(xml, "id", home);
        link(xml, "alternate", home);
        link(xml, "self", address.of(Library.BASE + "/feed.atom"));
        text(xml, "updated", instant(newest(pages)));
        xml.writeStartElement("author");
        text(xml, "name", pages.isEmpty() ? "Reload" : pages.get(0).author());
        xml.writeEndElement();
        for (Article page : pages) {
            String url = address.of(page.path());
            xml.writeStartElement("entry");
            text(xml, "title", page.title());
            text(xml, "id", url);
            link(xml, "alternate", url);
            text(xml, "updated", instant(page.lastReviewed()));
            text(xml, "summary", page.summary());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(ATOM).body(out.toString());
    }

    private static LocalDate newest(List<Article> pages) {
        return pages.stream()
                .map(Article::lastReviewed)
                .max(Comparator.naturalOrder())
                .orElse(LocalDate.EPOCH);
    }

    private static String instant(LocalDate day) {
        return DateTimeFormatter.ISO_INSTANT.format(day.atStartOfDay(ZoneOffset.UTC));
    }

    private static void url(XMLStreamWriter xml, String location, LocalDate lastmod) throws XMLStreamException {
        xml.writeStartElement("url");
        text(xml, "loc", location);
        if (lastmod != null) {
            text(xml, "lastmod", lastmod.toString());
        }
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
