package dev.reload.generator;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes many rows of one table on one connection, in its transaction: with PostgreSQL's
 * {@code COPY … FROM STDIN} (the driver's {@link CopyManager}), elsewhere as JDBC batches of
 * {@code INSERT}s. Values are Java's: strings, numbers, {@link BigDecimal}, dates, {@link Instant}
 * (for {@code TIMESTAMP WITH TIME ZONE}), booleans and enums (by name); null is SQL's null.
 */
abstract class BulkWriter {

    private static final int BATCH = 1_000;

    /** The fastest writer the database behind {@code connection} takes. */
    static BulkWriter on(Connection connection) throws SQLException {
        if (connection.isWrapperFor(PGConnection.class)) {
            return new Copy(connection.unwrap(PGConnection.class).getCopyAPI());
        }
        return new Batches(connection);
    }

    abstract void write(String table, List<String> columns, List<Object[]> rows) throws SQLException;

    /** PostgreSQL's COPY in its text format: tab between columns, {@code \N} for null. */
    private static final class Copy extends BulkWriter {

        private final CopyManager copy;

        Copy(CopyManager copy) {
            this.copy = copy;
        }

        @Override
        void write(String table, List<String> columns, List<Object[]> rows) throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            StringBuilder text = new StringBuilder(rows.size() * 96);
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        text.append('\t');
                    }
                    text(text, row[i]);
                }
                text.append('\n');
            }
            try {
                copy.copyIn(
                        "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN",
                        new StringReader(text.toString()));
            } catch (IOException e) {
                throw new SQLException("COPY into " + table + " failed", e);
            }
        }

        private static void text(StringBuilder text, Object value) {
            if (value == null) {
                text.append("\\N");
            } else if (value instanceof Instant instant) {
                text.append(DateTimeFormatter.ISO_INSTANT.format(instant));
            } else if (value instanceof BigDecimal decimal) {
                text.append(decimal.toPlainString());
            } else if (value instanceof Enum<?> constant) {
                text.append(constant.name());
            } else if (value instanceof Boolean flag) {
                text.append(flag ? 't' : 'f');
            } else {
                String s = value.toString();
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    switch (c) {
                        case '\\' -> text.append("\\\\");
                        case '\t' -> text.append("\\t");
                        case '\n' -> text.append("\\n");
                        case '\r' -> text.append("\\r");
                        default -> text.append(c);
                    }
                }
            }
        }
    }

    /** Plain JDBC: one prepared {@code INSERT}, executed in batches. */
    private static final class Batches extends BulkWriter {

        private final Connection connection;

        Batches(Connection connection) {
            this.connection = connection;
        }

        @Override
        void write(String table, List<String> columns, List<Object[]> rows) throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int pending = 0;
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        insert.setObject(i + 1, jdbc(row[i]));
                    }
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        }
    }

    /** A value as JDBC binds it: an instant as a UTC offset date-time, an enum by name. */
    static Object jdbc(Object value) {
        if (value instanceof Instant instant) {
            return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value;
    }
}
