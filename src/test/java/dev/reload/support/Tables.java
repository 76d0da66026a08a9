package dev.reload.support;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every row of every table of a schema, as text, for comparing a database with its restored copy. */
public final class Tables {

    private Tables() {}

    /** Table name to its rows (each row its columns' values joined, the rows sorted), for every table of {@code schema}. */
    public static Map<String, List<String>> of(Connection connection, String schema) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        DatabaseMetaData metadata = connection.getMetaData();
        List<String> names = new ArrayList<>();
        try (ResultSet found = metadata.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (found.next()) {
                names.add(found.getString("TABLE_NAME"));
            }
        }
        for (String name : names) {
            List<String> rows = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT * FROM " + schema + "." + name)) {
                ResultSetMetaData columns = row.getMetaData();
                while (row.next()) {
                    StringBuilder text = new StringBuilder();
                    for (int i = 1; i <= columns.getColumnCount(); i++) {
                        text.append(columns.getColumnName(i).toLowerCase())
                                .append('=')
                                .append(text(row.getObject(i)))
                                .append(" | ");
                    }
                    rows.add(text.toString());
                }
            }
            rows.sort(null);
            tables.put(name.toLowerCase(), rows);
        }
        return tables;
    }

    private static String text(Object value) {
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        return String.valueOf(value);
    }
}
