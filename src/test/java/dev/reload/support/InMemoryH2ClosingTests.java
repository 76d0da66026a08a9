package dev.reload.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** A closing context drops its in-memory H2 database; while it lives, the database stays. */
class InMemoryH2ClosingTests {

    @Test
    void theInMemoryDatabaseOfAClosedContextIsGoneAndALiveOnesStays() throws SQLException {
        String url = "jdbc:h2:mem:closing-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        GenericApplicationContext context = new GenericApplicationContext();
        new InMemoryH2Closing().initialize(context);
        context.registerBean(HikariDataSource.class, () -> {
            HikariDataSource dataSource = new HikariDataSource();
            dataSource.setJdbcUrl(url);
            dataSource.setUsername("sa");
            return dataSource;
        });
        context.refresh();
        try (Connection connection = context.getBean(HikariDataSource.class).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (id INT)");
        }
        assertThat(hasTable(url)).as("while the context lives").isTrue();

        context.close();

        assertThat(hasTable(url))
                .as("after the context closed: a new, empty database")
                .isFalse();
    }

    private static boolean hasTable(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                ResultSet tables = connection.getMetaData().getTables(null, null, "KEPT", null)) {
            return tables.next();
        }
    }
}
