package dev.reload.support;

import java.net.URI;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import dev.reload.ReloadApplication;

/**
 * The whole application started by a test itself, for what a cached test context cannot show: a
 * start on a database file of its own, a restart, a shutdown, the logs of a start. It runs on a free
 * port with the tests' configuration plus {@code properties}, and with {@code extra} sources (a test
 * controller, say). As in Spring's test contexts, classes of the test tree marked
 * {@code @TestComponent} or {@code @TestConfiguration} are left out of component scanning.
 */
public final class StandaloneApplication implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private StandaloneApplication(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static StandaloneApplication start(Class<?>[] extra, String... properties) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(ReloadApplication.class)
                .initializers(context ->
                        context.getBeanFactory().registerSingleton(TestTypes.class.getName(), new TestTypes()))
                .properties("server.port=0");
        if (extra.length > 0) {
            builder.sources(extra);
        }
        // as command-line arguments, so that they win over the tests' configuration files
        String[] arguments = new String[properties.length];
        for (int i = 0; i < properties.length; i++) {
            arguments[i] = "--" + properties[i];
        }
        return new StandaloneApplication(builder.run(arguments));
    }

    public static StandaloneApplication start(String... properties) {
        return start(new Class<?>[0], properties);
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    @Override
    public void close() {
        context.close();
    }

    /** Leaves the test tree's own components and configurations out of component scanning. */
    private static final class TestTypes extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().isAnnotated(TestComponent.class.getName())
                    || reader.getAnnotationMetadata().isAnnotated(TestConfiguration.class.getName());
        }
    }
}
