package dev.reload.system.security;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failure counts in the database (decision 0028): two {@link Throttles}, as two instances have
 * them, count against the same buckets; the keys are stored only as fingerprints; a refilled
 * bucket lets the key through again and its row goes. Subclasses pick the database.
 */
abstract class ThrottleContract {

    @Autowired
    private DataSource dataSource;

    @Autowired
    private JdbcClient jdbc;

    private Throttles instance() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("dataSource", dataSource);
        ObjectProvider<DataSource> provider = beans.getBeanProvider(DataSource.class);
        return new Throttles(provider);
    }

    @Test
    void failuresCountedOnOneInstanceRefuseTheKeyOnTheOther() {
        String key = "address:" + UUID.randomUUID();
        FailureCounts onA = instance().failureCounts("test-login", 3, Duration.ofMinutes(5));
        FailureCounts onB = instance().failureCounts("test-login", 3, Duration.ofMinutes(5));

        onA.record(key);
        onA.record(key);
        assertThat(onB.allows(key)).isTrue();
        onB.record(key);

        assertThat(onA.allows(key)).isFalse();
        assertThat(onB.allows(key)).isFalse();
        assertThat(onA.allows(key + "-another")).isTrue();
        assertThat(instance()
                        .failureCounts("test-other", 3, Duration.ofMinutes(5))
                        .allows(key))
                .as("another throttle counts apart")
                .isTrue();
        assertThat(onA.retryAfter()).isEqualTo(Duration.ofSeconds(100));
    }

    @Test
    void theTableHoldsAFingerprintOfTheKeyNotTheKey() {
        String email = "someone-" + UUID.randomUUID() + "@example.org";
        instance().failureCounts("test-stored", 5, Duration.ofMinutes(5)).record("account:" + email);

        List<String> ids =
                jdbc.sql("SELECT id FROM throttle_bucket").query(String.class).list();
        assertThat(ids).contains(DatabaseBuckets.id("test-stored\naccount:" + email));
        assertThat(String.join(" ", ids)).doesNotContain(email);
    }

    @Test
    void aBucketThatHasRefilledLetsTheKeyThroughAgain() throws Exception {
        String key = "address:" + UUID.randomUUID();
        FailureCounts counts = instance().failureCounts("test-refill", 2, Duration.ofSeconds(3));
        counts.record(key);
        counts.record(key);
        assertThat(counts.allows(key)).isFalse();

        Thread.sleep(1_700);
        assertThat(counts.allows(key)).as("one refill step (1.5 s) later").isTrue();
        Thread.sleep(3_000);
        assertThat(counts.allows(key)).isTrue();
        assertThat(jdbc.sql("SELECT expires_at FROM throttle_bucket WHERE id = ?")
                        .param(DatabaseBuckets.id("test-refill\n" + key))
                        .query(Long.class)
                        .single())
                .as("the row is due for deletion once the bucket is full")
                .isLessThan(System.currentTimeMillis());
    }

    @Test
    void concurrentFailuresOnTwoInstancesAreAllCounted() throws Exception {
        String key = "account:" + UUID.randomUUID();
        FailureCounts onA = instance().failureCounts("test-race", 20, Duration.ofHours(1));
        FailureCounts onB = instance().failureCounts("test-race", 20, Duration.ofHours(1));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = IntStream.range(0, 20)
                    .<Future<?>>mapToObj(i -> threads.submit(() -> (i % 2 == 0 ? onA : onB).record(key)))
                    .toList();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            threads.shutdown();
        }
        assertThat(onA.allows(key)).as("20 of 20 counted, none lost to a race").isFalse();
    }
}
