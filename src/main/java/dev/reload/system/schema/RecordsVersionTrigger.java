package dev.reload.system.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

import org.h2.api.Trigger;

/**
 * H2's trigger of migration V022 ({@link RecordsVersionMigration}): after a row of one of the
 * adviser's tables is inserted, updated or deleted, raises {@code account.records_version} of its
 * account (of both accounts, in the update that would move a row from one to another). H2 makes
 * one instance per table and calls it on the writer's connection, inside its transaction.
 */
public final class RecordsVersionTrigger implements Trigger {

    static final String RAISE = "UPDATE account SET records_version = records_version + 1 WHERE id = ?";

    private int accountColumn = -1;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        try (ResultSet columns = connection.getMetaData().getColumns(null, schema, table, null)) {
            while (columns.next()) {
                if (columns.getString("COLUMN_NAME").equalsIgnoreCase("account_id")) {
                    accountColumn = columns.getInt("ORDINAL_POSITION") - 1;
                }
            }
        }
        if (accountColumn < 0) {
            throw new SQLException("trigger " + trigger + ": table " + table + " has no account_id column");
        }
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        Object before = oldRow == null ? null : oldRow[accountColumn];
        Object after = newRow == null ? null : newRow[accountColumn];
        raise(connection, before);
        if (!Objects.equals(before, after)) {
            raise(connection, after);
        }
    }

    private static void raise(Connection connection, Object account) throws SQLException {
        if (account == null) {
            return;
        }
        try (PreparedStatement raise = connection.prepareStatement(RAISE)) {
            raise.setLong(1, ((Number) account).longValue());
            raise.executeUpdate();
        }
    }
}
