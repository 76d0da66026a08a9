package dev.reload.importing;

/** Turns the bytes of one activity file of a given format into an activity. */
public interface ActivityFileReader {

    /**
     * @param bytes the whole file, already un-gzipped
     * @throws UnreadableFileException for any input that is not a readable activity; nothing else escapes
     */
    ImportedActivity read(byte[] bytes) throws UnreadableFileException;
}
