package dev.reload.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

import dev.reload.knee.ExerciseLibrary;

/**
 * The library every page reads: its files read, checked and rendered once at start-up (a bad file
 * stops the start, naming the file and the field). With {@code reload.library.reload} on, each
 * look compares the files' modification times with those last read and reads them again when one
 * changed; a file that then fails to read is logged and the pages read before stay.
 */
@Service
public class Library {

    /** The address every library page lives under. */
    public static final String BASE = "/library";

    private static final Logger log = LoggerFactory.getLogger(Library.class);

    private final LibraryReader reader;
    private final LibraryProperties properties;
    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    private volatile LibraryContent content;
    private volatile List<String> stamps;

    public Library(ExerciseLibrary exercises, LibraryProperties properties) {
        this.reader = new LibraryReader(exercises);
        this.properties = properties;
        List<Resource> files = files();
        this.stamps = stamps(files);
        this.content = reader.read(texts(files));
    }

    /** The affiliate tag for product-pick links, or empty: then no pick is shown. */
    public String affiliateTag() {
        return properties.affiliateTag();
    }

    /** What the library holds now. */
    public LibraryContent content() {
        if (properties.reload()) {
            reloadIfChanged();
        }
        return content;
    }

    private synchronized void reloadIfChanged() {
        List<Resource> files = files();
        List<String> now = stamps(files);
        if (now.equals(stamps)) {
            return;
        }
        stamps = now;
        try {
            content = reader.read(texts(files));
            log.info("Library re-read: {} files", files.size());
        } catch (LibraryContentException | UncheckedIOException e) {
            log.error("Library not re-read, the pages read before stay: {}", e.getMessage());
        }
    }

    private List<Resource> files() {
        try {
            List<Resource> files = new ArrayList<>();
            files.addAll(List.of(resources.getResources(properties.location() + "*/*.md")));
            Resource products = resources.getResource(properties.location() + LibraryReader.PRODUCTS);
            if (products.exists()) {
                files.add(products);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> texts(List<Resource> files) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Resource file : files) {
            try {
                texts.put(relative(file), file.getContentAsString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }

    private List<String> stamps(List<Resource> files) {
        List<String> stamps = new ArrayList<>();
        for (Resource file : files) {
            try {
                stamps.add(relative(file) + "@" + file.lastModified());
            } catch (IOException e) {
                stamps.add(relative(file) + "@?");
            }
        }
        stamps.sort(null);
        return stamps;
    }

    /** The path in the library folder: the last two parts of a page's address, or the file name. */
    private static String relative(Resource file) {
        try {
            String url = file.getURL().toString();
            String[] parts = url.split("/");
            String name = parts[parts.length - 1];
            return name.equals(LibraryReader.PRODUCTS) ? name : parts[parts.length - 2] + "/" + name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
