package dev.reload.importing.strava;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import dev.reload.importing.UnreadableFileException;

/**
 * Reads numbered items on a pool of parse threads and hands them over on the calling thread in
 * their order, however the threads finish. At most {@code 4 × threads} items are read ahead of the
 * one the consumer waits for, so memory stays bounded. A pool is made for each call and ended with it.
 */
final class OrderedParallelReader {

    /** Reads item {@code index}; called from several threads at once. */
    @FunctionalInterface
    interface ItemReader<T> {
        /** @throws UnreadableFileException when the reading as a whole must stop */
        T read(int index) throws UnreadableFileException;
    }

    private static final int READ_AHEAD_PER_THREAD = 4;

    private OrderedParallelReader() {}

    /**
     * Reads items {@code fromIndex} (inclusive) to {@code toIndex} (exclusive) on up to {@code threads}
     * threads (on the calling thread alone when {@code threads <= 1}) and gives each to
     * {@code consumer}, on the calling thread, in index order.
     *
     * @throws UnreadableFileException as thrown by the reader for the first item that fails; with more
     *                                 than one thread, any other failure of the reader is wrapped in one
     *                                 ("the archive could not be read"). No later item is handed over.
     * @throws InterruptedException    when the calling thread is interrupted (on one thread, seen before
     *                                 each item; on more, while it waits for an item not read yet); no
     *                                 further item is handed over
     */
    static <T> void readAll(int fromIndex, int toIndex, int threads, ItemReader<T> reader, Consumer<T> consumer)
            throws UnreadableFileException, InterruptedException {
        if (threads <= 1) {
            for (int i = fromIndex; i < toIndex; i++) {
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                consumer.accept(reader.read(i));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "import-parse");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<T>> pending = new ArrayDeque<>();
        try {
            int next = fromIndex;
            int window = threads * READ_AHEAD_PER_THREAD;
            while (next < toIndex || !pending.isEmpty()) {
                while (next < toIndex && pending.size() < window) {
                    int index = next++;
                    pending.add(pool.submit(() -> reader.read(index)));
                }
                Future<T> head = pending.poll();
                try {
                    consumer.accept(head.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof UnreadableFileException unreadable) {
                        throw unreadable;
                    }
                    throw new UnreadableFileException("the archive could not be read", e.getCause());
                }
            }
        } finally {
            pending.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }
}
