package dev.reload.system;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.reload.support.CitusLayout;
import dev.reload.support.CitusLayout.Kind;
import dev.reload.support.CitusLayout.Table;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ready for Citus (issue 15, point 8; decision 0024), read from the schema that the migrations
 * made, through the database's own metadata: every table has its place in {@link CitusLayout};
 * every distributed table has its distribution column, not null, in its primary key and in every
 * unique index; every foreign key of an account's table stays within the account (the account's
 * id on both sides, in the same place, and no {@code SET NULL}, which Citus refuses there) and
 * points at a table distributed before it; tables that are not distributed hold no account's id and
 * point at no distributed table; generated ids are {@code BIGINT}, the only identity Citus
 * distributes. Each failure names the table and the key. Subclasses pick the database.
 */
abstract class CitusReadySchemaContract {

    @Autowired
    private DataSource dataSource;

    /** A column as the metadata gives it. */
    record Column(String name, boolean nullable, int type, boolean generated) {}

    /** A primary key or unique index and its columns in order. */
    record Key(String name, List<String> columns) {}

    /** A foreign key: its columns and the columns they refer to, pair by pair, and what a delete does. */
    record ForeignKey(
            String name,
            String table,
            List<String> columns,
            String referenced,
            List<String> referencedColumns,
            short deleteRule) {

        boolean setsNullOrDefault() {
            return deleteRule == DatabaseMetaData.importedKeySetNull
                    || deleteRule == DatabaseMetaData.importedKeySetDefault;
        }
    }

    /** One table of the schema. */
    record SchemaTable(
            String name,
            Map<String, Column> columns,
            Optional<Key> primaryKey,
            List<Key> uniqueKeys,
            List<ForeignKey> foreignKeys) {}

    @Test
    void everyTableHasItsPlaceInTheLayout() throws SQLException {
        Map<String, SchemaTable> schema = schema();
        List<String> problems = new ArrayList<>();
        for (String table : schema.keySet()) {
            if (CitusLayout.table(table).isEmpty()) {
                problems.add("table " + table + " is in the schema but not in CitusLayout: say how a sharded database"
                        + " holds it (decision 0024) and add its line to docs/operations-citus.md");
            }
        }
        for (Table table : CitusLayout.TABLES) {
            if (!schema.containsKey(table.name())) {
                problems.add("CitusLayout names table " + table.name() + ", which the schema does not have");
            }
        }
        assertThat(problems).as("tables without a place").isEmpty();
        assertThat(schema).as("the schema read").containsKeys("account", "plan", "spring_session");
    }

    @Test
    void everyDistributedTableHasItsColumnInItsPrimaryKeyAndEveryUniqueIndex() throws SQLException {
        List<String> problems = new ArrayList<>();
        int keysChecked = 0;
        for (Map.Entry<Table, SchemaTable> entry : placed(true).entrySet()) {
            Table table = entry.getKey();
            SchemaTable found = entry.getValue();
            Column column = found.columns().get(table.column());
            if (column == null) {
                problems.add(table.name() + " has no column " + table.column() + " to be distributed by");
                continue;
            }
            if (column.nullable()) {
                problems.add(
                        table.name() + "." + table.column() + " may be null: a row must name its " + table.column());
            }
            if (found.primaryKey().isEmpty()) {
                problems.add(table.name() + " has no primary key");
            } else if (!found.primaryKey().get().columns().contains(table.column())) {
                problems.add(table.name() + "'s primary key "
                        + found.primaryKey().get().name() + " "
                        + found.primaryKey().get().columns() + " lacks " + table.column());
            }
            for (Key unique : found.uniqueKeys()) {
                keysChecked++;
                if (!unique.columns().contains(table.column())) {
                    problems.add(table.name() + "'s unique index " + unique.name() + " " + unique.columns()
                            + " lacks " + table.column() + ": unique across all nodes is not to be had; key it by "
                            + table.column() + ", or make a table keyed by it (as account_email)");
                }
            }
        }
        assertThat(problems).as("keys without their account").isEmpty();
        assertThat(keysChecked).as("unique indexes checked").isGreaterThan(CitusLayout.TABLES.size() / 2);
    }

    @Test
    void foreignKeysStayWithinTheAccountAndPointAtTablesDistributedBefore() throws SQLException {
        Map<String, SchemaTable> schema = schema();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (SchemaTable found : schema.values()) {
            Optional<Table> from = CitusLayout.table(found.name());
            if (from.isEmpty()) {
                continue; // everyTableHasItsPlaceInTheLayout names it
            }
            for (ForeignKey key : found.foreignKeys()) {
                checked++;
                Optional<Table> to = CitusLayout.table(key.referenced());
                String what = found.name() + "'s foreign key " + key.name() + " " + key.columns() + " -> "
                        + key.referenced() + " " + key.referencedColumns();
                if (to.isEmpty()) {
                    continue;
                }
                problems.addAll(problems(from.get(), to.get(), key, what));
            }
        }
        assertThat(problems).as("foreign keys across accounts or nodes").isEmpty();
        assertThat(checked).as("foreign keys checked").isGreaterThan(CitusLayout.TABLES.size() - 4);
    }

    private static List<String> problems(Table from, Table to, ForeignKey key, String what) {
        List<String> problems = new ArrayList<>();
        boolean toShared = to.kind() == Kind.REFERENCE;
        if (from.coLocated()) {
            if (!toShared && !to.coLocated()) {
                problems.add(what + ": an account's table may only refer to the account's tables or to reference"
                        + " tables");
                return problems;
            }
            if (to.coLocated()) {
                int position = key.columns().indexOf(from.column());
                if (position < 0 || !key.referencedColumns().get(position).equals(to.column())) {
                    problems.add(what + ": must pair " + from.column() + " with " + to.name() + "." + to.column()
                            + ", so that both rows are of one account");
                }
                if (key.setsNullOrDefault()) {
                    problems.add(what + ": ON DELETE SET NULL or SET DEFAULT with the account's id in the key is"
                            + " refused by Citus (make it NO ACTION and clear the column before the delete)");
                }
            }
        } else if (!toShared && !(from.kind() == Kind.COORDINATOR && to.kind() == Kind.COORDINATOR)) {
            problems.add(what + ": a " + from.kind() + " table may only refer to reference tables"
                    + (from.kind() == Kind.COORDINATOR ? " or other coordinator tables" : ""));
        }
        if (from.distributed() && CitusLayout.TABLES.indexOf(to) > CitusLayout.TABLES.indexOf(from)) {
            problems.add(what + ": " + to.name() + " must come before " + from.name()
                    + " in CitusLayout (Citus distributes the referenced table first)");
        }
        return problems;
    }

    @Test
    void tablesThatAreNotDistributedHoldNoAccountsId() throws SQLException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Table, SchemaTable> entry : placed(false).entrySet()) {
            Table table = entry.getKey();
            for (String column : entry.getValue().columns().keySet()) {
                if (CitusLayout.ACCOUNT_COLUMNS.contains(column)) {
                    problems.add(table.name() + "." + column + " names an account, but " + table.name() + " is a "
                            + table.kind() + " table: its rows would not sit with the account's");
                }
            }
        }
        assertThat(problems).as("accounts' ids outside the account's tables").isEmpty();
    }

    @Test
    void generatedIdsOfDistributedTablesAreBigints() throws SQLException {
        List<String> problems = new ArrayList<>();
        int generated = 0;
        for (Map.Entry<Table, SchemaTable> entry : placed(true).entrySet()) {
            for (Column column : entry.getValue().columns().values()) {
                if (column.generated()) {
                    generated++;
                    if (column.type() != Types.BIGINT) {
                        problems.add(entry.getKey().name() + "." + column.name()
                                + " is generated but not a BIGINT: Citus distributes only BIGINT identities");
                    }
                }
            }
        }
        assertThat(problems).as("generated ids").isEmpty();
        assertThat(generated).as("generated ids found").isGreaterThan(CitusLayout.TABLES.size() / 2);
    }

    // ---- the schema, from the metadata ----

    /** The layout's tables that are (or are not) distributed, in its order, each with the schema's table. */
    private Map<Table, SchemaTable> placed(boolean distributed) throws SQLException {
        Map<String, SchemaTable> schema = schema();
        Map<Table, SchemaTable> placed = new LinkedHashMap<>();
        for (Table table : CitusLayout.TABLES) {
            if (table.distributed() == distributed && schema.containsKey(table.name())) {
                placed.put(table, schema.get(table.name()));
            }
        }
        return placed;
    }

    private Map<String, SchemaTable> schema() throws SQLException {
        Map<String, SchemaTable> tables = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String catalog = connection.getCatalog();
            String schema = connection.getSchema();
            List<String> names = new ArrayList<>();
            try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String name : names) {
                tables.put(
                        lower(name),
                        new SchemaTable(
                                lower(name),
                                columns(meta, catalog, schema, name),
                                primaryKey(meta, catalog, schema, name),
                                uniqueKeys(meta, catalog, schema, name),
                                foreignKeys(meta, catalog, schema, name)));
            }
        }
        return tables;
    }

    private static Map<String, Column> columns(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        Map<String, Column> columns = new LinkedHashMap<>();
        try (ResultSet rs = meta.getColumns(catalog, schema, table, "%")) {
            while (rs.next()) {
                String name = lower(rs.getString("COLUMN_NAME"));
                columns.put(
                        name,
                        new Column(
                                name,
                                rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                                rs.getInt("DATA_TYPE"),
                                "YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))));
            }
        }
        return columns;
    }

    private static Optional<Key> primaryKey(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        Map<Integer, String> columns = new TreeMap<>();
        String name = null;
        try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, table)) {
            while (rs.next()) {
                name = rs.getString("PK_NAME");
                columns.put(rs.getInt("KEY_SEQ"), lower(rs.getString("COLUMN_NAME")));
            }
        }
        return name == null ? Optional.empty() : Optional.of(new Key(name, List.copyOf(columns.values())));
    }

    private static List<Key> uniqueKeys(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        Map<String, Map<Integer, String>> indexes = new TreeMap<>();
        try (ResultSet rs = meta.getIndexInfo(catalog, schema, table, true, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name == null || rs.getBoolean("NON_UNIQUE")) {
                    continue;
                }
                indexes.computeIfAbsent(name, n -> new TreeMap<>())
                        .put((int) rs.getShort("ORDINAL_POSITION"), lower(rs.getString("COLUMN_NAME")));
            }
        }
        List<Key> keys = new ArrayList<>();
        indexes.forEach((name, columns) -> keys.add(new Key(name, List.copyOf(columns.values()))));
        return keys;
    }

    private static List<ForeignKey> foreignKeys(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        Map<String, TreeMap<Integer, String[]>> pairs = new TreeMap<>();
        Map<String, String> referenced = new TreeMap<>();
        Map<String, Short> deleteRules = new TreeMap<>();
        try (ResultSet rs = meta.getImportedKeys(catalog, schema, table)) {
            while (rs.next()) {
                String name = rs.getString("FK_NAME");
                pairs.computeIfAbsent(name, n -> new TreeMap<>()).put(rs.getInt("KEY_SEQ"), new String[] {
                    lower(rs.getString("FKCOLUMN_NAME")), lower(rs.getString("PKCOLUMN_NAME"))
                });
                referenced.put(name, lower(rs.getString("PKTABLE_NAME")));
                deleteRules.put(name, rs.getShort("DELETE_RULE"));
            }
        }
        List<ForeignKey> keys = new ArrayList<>();
        pairs.forEach((name, columns) -> keys.add(new ForeignKey(
                name,
                lower(table),
                columns.values().stream().map(pair -> pair[0]).toList(),
                referenced.get(name),
                columns.values().stream().map(pair -> pair[1]).toList(),
                deleteRules.get(name))));
        return keys;
    }

    private static String lower(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }
}
