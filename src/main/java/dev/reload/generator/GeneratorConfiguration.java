package dev.reload.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.json.JsonMapper;

import dev.reload.generator.Generator.Generated;
import dev.reload.knee.ExerciseLibrary;

/**
 * The {@code generate} profile: on start, makes the accounts of {@code reload.generate.*}, writes
 * their API tokens to {@code reload.generate.tokens-file}, prints what it made and how long it
 * took, and closes the application.
 */
@Configuration(proxyBeanMethods = false)
@Profile("generate")
@EnableConfigurationProperties(GenerateProperties.class)
class GeneratorConfiguration {

    private static final Logger log = LoggerFactory.getLogger(GeneratorConfiguration.class);

    @Bean
    Generator generator(
            DataSource dataSource, PasswordEncoder passwords, ExerciseLibrary library, JsonMapper json, Clock clock) {
        return new Generator(dataSource, passwords, library, json, clock);
    }

    @Bean
    ApplicationRunner generateThenStop(
            Generator generator, GenerateProperties settings, ConfigurableApplicationContext context) {
        return args -> {
            Generated generated;
            try {
                generated = generator.generate(settings);
            } catch (SQLException e) {
                throw new IllegalStateException("Generating failed: " + e.getMessage(), e);
            }
            Path tokens = writeTokens(settings);
            StringBuilder summary = new StringBuilder();
            for (Map.Entry<String, Long> table : generated.rows().entrySet()) {
                summary.append(String.format("%n  %-17s %,12d", table.getKey(), table.getValue()));
            }
            log.info(
                    "Generated {} accounts, {} rows in {} s ({} rows a second):{}\n"
                            + "Sign in as {} … {} with the password {}; their API tokens are in {}",
                    generated.accounts(),
                    String.format("%,d", generated.totalRows()),
                    String.format("%.1f", generated.took().toMillis() / 1000.0),
                    String.format(
                            "%,d",
                            generated.totalRows()
                                    * 1000
                                    / Math.max(1, generated.took().toMillis())),
                    summary,
                    Synthesis.email(settings.first()),
                    Synthesis.email(settings.first() + settings.accounts() - 1),
                    Synthesis.PASSWORD,
                    tokens.toAbsolutePath());
            SpringApplication.exit(context, () -> 0);
        };
    }

    /** number,email,token: one line an account, for a load test. */
    static Path writeTokens(GenerateProperties settings) {
        List<String> lines = new ArrayList<>();
        lines.add("number,email,token");
        for (int n = settings.first(); n < settings.first() + settings.accounts(); n++) {
            lines.add(n + "," + Synthesis.email(n) + "," + Synthesis.apiToken(settings.seed(), n));
        }
        try {
            Path file = settings.tokensFile();
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            return Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the tokens to " + settings.tokensFile(), e);
        }
    }
}
