package dev.reload.importing;

/**
 * A file that could not be imported (or could only be imported from a summary row), with a reason
 * a person understands. For an archive, {@code file} is the entry's name.
 */
public record ImportFailure(String file, String reason) {

    /** Both texts may quote a file, so they are kept free of NUL characters ({@link FileText}). */
    public ImportFailure {
        file = FileText.clean(file);
        reason = FileText.clean(reason);
    }
}
