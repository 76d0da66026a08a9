package dev.reload.history;

/**
 * A runner wrote to a job whose lease another runner has taken (its own ran out): the write is
 * refused and its transaction rolled back, and the runner stops; the other one goes on from the
 * job's next item.
 */
class LeaseLostException extends RuntimeException {

    LeaseLostException(long jobId) {
        super("the lease of import " + jobId + " is held by another runner");
    }
}
