package dev.reload.importing.strava;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.reload.importing.UnreadableFileException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(30)
class OrderedParallelReaderTests {

    private static List<Integer> readAll(
            int from, int to, int threads, OrderedParallelReader.ItemReader<Integer> reader) throws Exception {
        List<Integer> handedOver = new ArrayList<>();
        OrderedParallelReader.readAll(from, to, threads, reader, handedOver::add);
        return handedOver;
    }

    @Test
    void theOrderIsKeptWhenLaterItemsFinishFirst() throws Exception {
        CountDownLatch lastOnesDone = new CountDownLatch(3);
        List<Integer> finished = new ArrayList<>();
        List<Integer> handedOver = readAll(0, 4, 4, index -> {
            if (index == 0) {
                assertThat(await(lastOnesDone)).as("the later items finished").isTrue();
            }
            synchronized (finished) {
                finished.add(index);
            }
            lastOnesDone.countDown();
            return index;
        });
        assertThat(finished).as("item 0 finished last").endsWith(0);
        assertThat(handedOver).containsExactly(0, 1, 2, 3);
    }

    @Test
    void readingStartsAtTheGivenIndexAndStopsBeforeTheEnd() throws Exception {
        assertThat(readAll(3, 7, 2, index -> index * 10)).containsExactly(30, 40, 50, 60);
        assertThat(readAll(3, 7, 1, index -> index * 10)).containsExactly(30, 40, 50, 60);
        assertThat(readAll(7, 7, 2, index -> index)).isEmpty();
    }

    @Test
    void oneThreadReadsOnTheCallingThreadAndMoreOnParseThreads() throws Exception {
        Set<String> names = ConcurrentHashMap.newKeySet();
        OrderedParallelReader.readAll(
                0,
                3,
                1,
                index -> {
                    names.add(Thread.currentThread().getName());
                    return index;
                },
                index -> {});
        assertThat(names).containsExactly(Thread.currentThread().getName());

        names.clear();
        Set<String> consumers = ConcurrentHashMap.newKeySet();
        OrderedParallelReader.readAll(
                0,
                20,
                2,
                index -> {
                    names.add(Thread.currentThread().getName());
                    return index;
                },
                index -> consumers.add(Thread.currentThread().getName()));
        assertThat(names).containsExactly("import-parse");
        assertThat(consumers)
                .as("handed over on the calling thread")
                .containsExactly(Thread.currentThread().getName());
    }

    @Test
    void atMostFourItemsAThreadAreReadAheadOfTheOneAwaited() throws Exception {
        AtomicInteger highestStarted = new AtomicInteger(-1);
        AtomicInteger othersDone = new AtomicInteger();
        int[] highestWhenFirstHandedOver = {-1};
        OrderedParallelReader.readAll(
                0,
                100,
                2,
                index -> {
                    highestStarted.accumulateAndGet(index, Math::max);
                    if (index == 0) {
                        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                        while (othersDone.get() < 7 && System.nanoTime() < deadline) {
                            Thread.onSpinWait();
                        }
                        pause(100);
                    } else {
                        othersDone.incrementAndGet();
                    }
                    return index;
                },
                index -> {
                    if (index == 0) {
                        highestWhenFirstHandedOver[0] = highestStarted.get();
                    }
                });
        assertThat(highestWhenFirstHandedOver[0])
                .as("items 0 to 7 (4 × 2 threads) were read while item 0 was awaited")
                .isEqualTo(7);
    }

    @Test
    void aFailureStopsTheReadingAndNoLaterItemIsHandedOver() {
        for (int threads : new int[] {1, 3}) {
            List<Integer> handedOver = new ArrayList<>();
            UnreadableFileException stop = new UnreadableFileException("the archive unpacks to more than 1 MB");
            assertThatThrownBy(() -> OrderedParallelReader.readAll(
                            0,
                            50,
                            threads,
                            index -> {
                                if (index == 5) {
                                    throw stop;
                                }
                                return index;
                            },
                            handedOver::add))
                    .as("%d threads", threads)
                    .isSameAs(stop);
            assertThat(handedOver).containsExactly(0, 1, 2, 3, 4);
        }
    }

    @Test
    void anUnexpectedErrorOnAParseThreadIsReportedAsAnUnreadableArchive() {
        IllegalStateException bug = new IllegalStateException("bug");
        assertThatThrownBy(() -> readAll(0, 10, 2, index -> {
                    if (index == 2) {
                        throw bug;
                    }
                    return index;
                }))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("the archive could not be read")
                .hasCause(bug);
    }

    @Test
    void anUnexpectedErrorOnTheCallingThreadIsLeftAsItIs() {
        IllegalStateException bug = new IllegalStateException("bug");
        assertThatThrownBy(() -> readAll(0, 10, 1, index -> {
                    throw bug;
                }))
                .isSameAs(bug);
    }

    @Test
    void anInterruptedCallerOnOneThreadGetsNoFurtherItem() {
        List<Integer> handedOver = new ArrayList<>();
        assertThatThrownBy(() -> OrderedParallelReader.readAll(0, 1000, 1, index -> index, index -> {
                    handedOver.add(index);
                    if (index == 2) {
                        Thread.currentThread().interrupt();
                    }
                }))
                .isInstanceOf(InterruptedException.class);
        assertThat(handedOver).containsExactly(0, 1, 2);
    }

    @Test
    void anInterruptedCallerWaitingForAParseThreadGetsNoFurtherItemAndTheThreadsAreStopped() {
        List<Integer> handedOver = new ArrayList<>();
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        assertThatThrownBy(() -> OrderedParallelReader.readAll(
                        0,
                        1000,
                        2,
                        index -> {
                            if (index == 3) {
                                reading.countDown();
                                if (!pause(10_000)) {
                                    stopped.countDown();
                                }
                            }
                            return index;
                        },
                        index -> {
                            handedOver.add(index);
                            if (index == 2) {
                                assertThat(await(reading))
                                        .as("item 3 is being read")
                                        .isTrue();
                                Thread.currentThread().interrupt();
                            }
                        }))
                .isInstanceOf(InterruptedException.class);
        assertThat(handedOver).containsExactly(0, 1, 2);
        assertThat(await(stopped))
                .as("the item still being read was interrupted")
                .isTrue();
    }

    /** False when interrupted. */
    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
