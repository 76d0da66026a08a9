package dev.reload.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import dev.reload.account.AccountId;
import dev.reload.privacy.StoredData.DataFile;
import dev.reload.privacy.StoredData.LeftOut;
import dev.reload.system.io.Pieces;

/**
 * Every record of an account as one ZIP: for each file of {@link StoredData#FILES} a JSON array of
 * objects ({@code json/<name>.json}) and a CSV with a header line ({@code csv/<name>.csv}), the
 * same rows in the same order; the file uploaded for each import as it was uploaded ({@code
 * files/<import>/<name>}, {@link StoredData#originalPath}); and a {@code README.txt} naming every
 * file and column and what is left out. Values are written as the database holds them: instants
 * in UTC and dates as ISO-8601, numbers as numbers, an empty value as JSON {@code null} and an
 * empty CSV field. Read in one read-only transaction, so the files agree with each other. The ZIP
 * is written straight to the download: the records of one table at a time, and the uploaded files
 * (up to 200 MB each) a piece of 512 KiB at a time, so memory does not grow with the export. An
 * upload that was compressed already (a ZIP, a .gz) goes in as it is, the others compressed.
 */
@Service
public class DataExport {

    /** The CSV dialect: RFC 4180 (comma, double quotes, CRLF), with a header line. */
    static final CSVFormat CSV = CSVFormat.RFC4180;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    DataExport(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The rows of one file, each as its values in the file's column order. */
    public record Rows(DataFile file, List<List<Object>> values) {}

    /** The account's rows of every file, read in one transaction. */
    @Transactional(readOnly = true)
    public List<Rows> read(AccountId account) {
        List<Rows> all = new ArrayList<>();
        for (DataFile file : StoredData.FILES) {
            all.add(new Rows(file, rows(file, account.value())));
        }
        return all;
    }

    /** A file uploaded for an import, as the export holds it. */
    record Original(long importId, String fileName, long size, long crc32, boolean gzipped) {

        String path() {
            return StoredData.originalPath(importId, fileName);
        }
    }

    /**
     * Writes the ZIP of the account's records to {@code out} (left open).
     *
     * @throws UncheckedIOException when {@code out} cannot be written to (the download was cut off)
     */
    @Transactional(readOnly = true)
    public void write(AccountId account, OutputStream out) {
        List<Rows> all = read(account);
        List<Original> originals = originals(account.value());
        ZipOutputStream zip = new ZipOutputStream(unclosable(out), StandardCharsets.UTF_8);
        try (zip) {
            entry(zip, "README.txt", entry -> write(entry, readme(all, originals)));
            for (Rows rows : all) {
                entry(zip, "json/" + rows.file().name() + ".json", entry -> json.writeValue(entry, objects(rows)));
                entry(zip, "csv/" + rows.file().name() + ".csv", entry -> csv(entry, rows));
            }
            for (Original original : originals) {
                original(zip, account.value(), original);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the export could not be written", e);
        }
    }

    private List<Original> originals(long accountId) {
        return jdbc.sql("SELECT id, file_name, file_size, file_crc32, file_gzipped FROM import_job"
                        + " WHERE account_id = :id AND file_size IS NOT NULL ORDER BY created_at DESC, id DESC")
                .param("id", accountId)
                .query((rs, n) -> new Original(
                        rs.getLong("id"),
                        rs.getString("file_name"),
                        rs.getLong("file_size"),
                        rs.getLong("file_crc32"),
                        rs.getBoolean("file_gzipped")))
                .list();
    }

    /**
     * One uploaded file, read a piece at a time: stored as it is when it was kept as uploaded (it is
     * compressed already), compressed again when it was kept gzipped.
     */
    private void original(ZipOutputStream zip, long accountId, Original original) throws IOException {
        ZipEntry entry = new ZipEntry(original.path());
        if (!original.gzipped()) {
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(original.size());
            entry.setCompressedSize(original.size());
            entry.setCrc(original.crc32());
        }
        zip.putNextEntry(entry);
        InputStream pieces = Pieces.reader(number -> jdbc.sql("SELECT bytes FROM import_file_chunk"
                        + " WHERE account_id = :account AND import_id = :import AND chunk_no = :number")
                .param("account", accountId)
                .param("import", original.importId())
                .param("number", number)
                .query((rs, row) -> rs.getBytes(1))
                .optional());
        try (InputStream in = original.gzipped() ? new GZIPInputStream(pieces, 64 * 1024) : pieces) {
            in.transferTo(zip);
        }
        zip.closeEntry();
    }

    private List<List<Object>> rows(DataFile file, long accountId) {
        String sql = "SELECT " + String.join(", ", file.columnNames()) + " FROM " + file.table() + " WHERE "
                + file.owners().stream().map(owner -> owner + " = :id").collect(Collectors.joining(" OR "))
                + " ORDER BY " + file.orderBy();
        int width = file.columns().size();
        return jdbc.sql(sql)
                .param("id", accountId)
                .query((rs, n) -> values(rs, width))
                .list();
    }

    private static List<Object> values(ResultSet rs, int width) throws SQLException {
        List<Object> values = new ArrayList<>(width);
        for (int i = 1; i <= width; i++) {
            values.add(value(rs.getObject(i)));
        }
        return values;
    }

    /** A database value as the export writes it: text, a number or null. */
    static Object value(Object value) {
        if (value == null || value instanceof BigDecimal || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof OffsetDateTime instant) {
            return instant.toInstant().toString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        return value.toString();
    }

    private static List<Map<String, Object>> objects(Rows rows) {
        List<String> names = rows.file().columnNames();
        List<Map<String, Object>> objects = new ArrayList<>(rows.values().size());
        for (List<Object> row : rows.values()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                object.put(names.get(i), row.get(i));
            }
            objects.add(object);
        }
        return objects;
    }

    private static void csv(OutputStream out, Rows rows) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSV);
        printer.printRecord(rows.file().columnNames());
        for (List<Object> row : rows.values()) {
            printer.printRecord(row.stream().map(DataExport::csvField).toList());
        }
        printer.flush();
    }

    /**
     * A value as a CSV field: numbers in plain notation, and a text that a spreadsheet would run as
     * a formula (it begins with =, +, -, @, a tab or a carriage return; OWASP's CSV injection)
     * behind a single quote, so that opening the file runs nothing. The JSON holds every text as stored.
     */
    static Object csvField(Object value) {
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }

    /** The README of the ZIP: what each file holds, its columns, the uploaded files, and what is left out. */
    String readme(List<Rows> all, List<Original> originals) {
        StringBuilder text = new StringBuilder();
        text.append("Your data from Reload\n=====================\n\n")
                .append("Exported ")
                .append(clock.instant())
                .append(" (UTC). Every record of your account, each file twice: as JSON in json/ (an array")
                .append(" of objects, one a row)\nand as CSV in csv/ (RFC 4180, UTF-8, a header line), with the")
                .append(" same rows in the same order.\nInstants are in UTC and dates are written as ISO-8601")
                .append(" (2026-05-04T07:30:00Z, 2026-05-04);\nan empty value is null in JSON and an empty field")
                .append(" in CSV. Numbers such as account_id tie the files together.\nIn CSV, a text that begins")
                .append(" with =, +, -, @, a tab or a carriage return has a ' put before it, so that a spreadsheet")
                .append(" does not\nrun it as a formula; the JSON holds it as stored.\n");
        for (Rows rows : all) {
            DataFile file = rows.file();
            text.append("\n")
                    .append(file.name())
                    .append(".json, ")
                    .append(file.name())
                    .append(".csv (")
                    .append(rows.values().size())
                    .append(rows.values().size() == 1 ? " row" : " rows")
                    .append(")\n  ")
                    .append(file.about())
                    .append("\n");
            for (StoredData.Column column : file.columns()) {
                text.append("  - ")
                        .append(column.name())
                        .append(": ")
                        .append(column.meaning())
                        .append("\n");
            }
        }
        text.append("\nThe files you uploaded\n----------------------\n")
                .append("Each as you uploaded it, in files/<the import's id>/ (see imports):\n");
        if (originals.isEmpty()) {
            text.append("  (none)\n");
        }
        for (Original original : originals) {
            text.append("  - ")
                    .append(original.path())
                    .append(" (")
                    .append(original.size())
                    .append(original.size() == 1 ? " byte" : " bytes")
                    .append(")\n");
        }
        text.append("\nLeft out on purpose\n-------------------\n");
        for (LeftOut left : StoredData.LEFT_OUT) {
            text.append("  - ")
                    .append(left.table())
                    .append(left.column() == null ? "" : "." + left.column())
                    .append(": ")
                    .append(left.reason())
                    .append("\n");
        }
        return text.toString();
    }

    @FunctionalInterface
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void entry(ZipOutputStream zip, String name, Content content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream entry = unclosable(zip);
        content.writeTo(entry);
        entry.flush();
        zip.closeEntry();
    }

    /** {@code out}, but closing it only flushes it (a writer of an entry closes its stream). */
    private static OutputStream unclosable(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                this.out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
