package dev.reload.history.web;

import java.io.IOException;

/** Test files for imports, shared with the history package's tests. */
public final class ImportTestFiles {

    private ImportTestFiles() {}

    public static byte[] fit(String name) throws IOException {
        return ImportApiIntegrationTests.resource(ImportApiIntegrationTests.FIT + name);
    }

    public static byte[] zip(java.util.Map<String, byte[]> entries) throws IOException {
        return ImportApiIntegrationTests.zip(entries);
    }

    public static byte[] gzip(byte[] plain) throws IOException {
        return ImportApiIntegrationTests.gzip(plain);
    }
}
