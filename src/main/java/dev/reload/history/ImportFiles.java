package dev.reload.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.reload.system.io.Pieces;

/**
 * The uploaded files, in the database (decision 0028): every instance reads the file of any import,
 * and it stays as the import's original until the import or the account is deleted. A file that is
 * not compressed already is kept gzipped; either way it is stored in pieces of {@link Pieces#SIZE}
 * ({@code import_file_chunk}), written and read a piece at a time.
 */
@Repository
class ImportFiles {

    private final JdbcClient jdbc;

    ImportFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What was kept: the file's size and CRC-32 as uploaded, and whether it is kept gzipped. */
    record Kept(long size, long crc32, boolean gzipped) {}

    /** Whether a file of this name is kept gzipped: one that is not a ZIP or gzipped already. */
    static boolean gzipsOnStoring(ImportKind kind, String fileName) {
        return kind == ImportKind.FILE && !ImportService.gzipped(fileName);
    }

    /** Stores {@code content} as the import's file, in the caller's transaction. */
    Kept store(long accountId, long importId, InputStream content, boolean gzip) throws IOException {
        CRC32 crc = new CRC32();
        long size;
        try (OutputStream pieces = Pieces.writer((number, piece) -> jdbc.sql(
                                "INSERT INTO import_file_chunk (account_id, import_id, chunk_no, bytes)"
                                        + " VALUES (:account, :import, :number, :bytes)")
                        .param("account", accountId)
                        .param("import", importId)
                        .param("number", number)
                        .param("bytes", piece)
                        .update());
                OutputStream out = gzip ? new GZIPOutputStream(pieces, 64 * 1024) : pieces) {
            size = new CheckedInputStream(content, crc).transferTo(out);
        }
        return new Kept(size, crc.getValue(), gzip);
    }

    /** Whether the import's file is in the database (a job queued before V019 has it on a disk). */
    boolean exists(long accountId, long importId) {
        return jdbc.sql("SELECT COUNT(*) FROM import_file_chunk WHERE account_id = :account AND import_id = :import"
                                + " AND chunk_no = 0")
                        .param("account", accountId)
                        .param("import", importId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The file as it was uploaded, read a piece at a time. */
    InputStream open(long accountId, long importId, boolean gzipped) throws IOException {
        InputStream pieces = Pieces.reader(number -> jdbc.sql("SELECT bytes FROM import_file_chunk"
                        + " WHERE account_id = :account AND import_id = :import AND chunk_no = :number")
                .param("account", accountId)
                .param("import", importId)
                .param("number", number)
                .query((rs, row) -> rs.getBytes(1))
                .optional());
        return gzipped ? new GZIPInputStream(pieces, 64 * 1024) : pieces;
    }
}
