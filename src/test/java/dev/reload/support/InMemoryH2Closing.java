package dev.reload.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.DestructionAwareBeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Drops an application's in-memory H2 database when the application closes. The tests' database
 * ({@code jdbc:h2:mem:reload-<uuid>;DB_CLOSE_DELAY=-1}, one per context) would otherwise stay in the
 * test JVM's heap until the JVM ends: every test context the cache lets go, every application a
 * test starts and stops itself, left a whole database behind, with every upload stored in it. Its
 * {@code SHUTDOWN} runs as the data source is destroyed, after every bean that uses it (Spring
 * destroys a bean's dependents first), so nothing of a live context ever sees it closed. Registered
 * for every application of the test tree in {@code META-INF/spring.factories}.
 */
public final class InMemoryH2Closing implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getBeanFactory().addBeanPostProcessor(new Closer());
    }

    private static final class Closer implements DestructionAwareBeanPostProcessor {

        private static final Logger log = LoggerFactory.getLogger(InMemoryH2Closing.class);

        @Override
        public boolean requiresDestruction(Object bean) {
            return bean instanceof HikariDataSource;
        }

        @Override
        public void postProcessBeforeDestruction(Object bean, String beanName) {
            if (!(bean instanceof HikariDataSource dataSource) || dataSource.isClosed()) {
                return;
            }
            String url = dataSource.getJdbcUrl();
            if (url == null || !url.startsWith("jdbc:h2:mem:")) {
                return;
            }
            try {
                Connection connection = dataSource.getConnection();
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN");
                } finally {
                    // closed by the SHUTDOWN: out of the pool, not back into it
                    dataSource.evictConnection(connection);
                }
            } catch (SQLException e) {
                log.warn("could not drop the in-memory database {} of a closing context", url, e);
            }
        }
    }
}
