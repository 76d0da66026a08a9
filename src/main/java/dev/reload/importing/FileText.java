package dev.reload.importing;

/**
 * Text read from an imported file (a title, an archive entry's name, a reason quoting either) with
 * the NUL character taken out: files may hold it, PostgreSQL cannot store it in text.
 */
final class FileText {

    private FileText() {}

    /** {@code text} without NUL characters; null stays null. */
    static String clean(String text) {
        return text == null || text.indexOf('\0') < 0 ? text : text.replace("\0", "");
    }
}
