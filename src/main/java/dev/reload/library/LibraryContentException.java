package dev.reload.library;

/**
 * A library file that cannot be read as the format says ({@code library/README.md}); the message
 * names the file and the field, so a typo in the front matter is found at once.
 */
public class LibraryContentException extends RuntimeException {

    private final String file;
    private final String field;

    public LibraryContentException(String file, String field, String problem) {
        super(file + (field == null ? "" : ", field " + field) + ": " + problem);
        this.file = file;
        this.field = field;
    }

    /** The file, relative to the library folder: {@code conditions/patellofemoral-pain.md}. */
    public String file() {
        return file;
    }

    /** The field ({@code sources[2].pmid}), or null when the problem is the file as a whole. */
    public String field() {
        return field;
    }
}
