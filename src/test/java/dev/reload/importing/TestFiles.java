package dev.reload.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/** Test resources under {@code src/test/resources/importing/}. */
public final class TestFiles {

    private TestFiles() {}

    public static byte[] bytes(String path) {
        try (InputStream in = TestFiles.class.getResourceAsStream("/importing/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test file " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
