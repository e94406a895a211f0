package dev.botstore.facades.pluginfiles;

import dev.botstore.api.pluginfiles.FilePath;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Keeps parallel uploads of one plugin inside its quota. An upload reserves its bytes before it
 * writes them by growing its temporary file to the reserved length (sparse, so nothing is written
 * yet); {@link Usage} counts temporaries by that length, so every other upload sees the
 * reservation. Checking and growing happen under a lock that threads of this server and other
 * processes sharing the data directory all respect: a monitor per plugin here, and a file lock on
 * {@value #LOCK_NAME} in the plugin's directory (hidden like every temporary) across processes.
 * The rename that completes an upload takes the same lock, so that no scan misses the file.
 * Deleting the temporary, which every failed upload does, releases its reservation.
 */
final class QuotaReservation {

    static final String LOCK_NAME = FilePath.UPLOAD_PREFIX + "quota.lock";

    /** A stream of unknown length reserves up to this much ahead, so it takes the lock rarely. */
    private static final long STEP_BYTES = 1024 * 1024;

    /** Another process holds the lock for one usage scan, so a short pause between tries will do. */
    private static final long LOCK_POLL_MILLIS = 5;

    private static final Object[] PLUGIN_LOCKS = new Object[64];

    static {
        for (int i = 0; i < PLUGIN_LOCKS.length; i++) {
            PLUGIN_LOCKS[i] = new Object();
        }
    }

    private final Path root;
    private final long quotaBytes;
    private final long replacedBytes;
    private final long stepBytes;
    private long reserved;

    /**
     * @param root           the plugin's real directory
     * @param replacedBytes  the size of the file the upload replaces: its bytes are freed by the upload
     * @param declaredLength the announced length, reserved exactly, or -1 to reserve step by step
     */
    QuotaReservation(Path root, long quotaBytes, long replacedBytes, long declaredLength) {
        this.root = root;
        this.quotaBytes = quotaBytes;
        this.replacedBytes = replacedBytes;
        this.stepBytes = declaredLength >= 0 ? 0 : STEP_BYTES;
    }

    /**
     * Makes sure {@code bytes} are reserved for the temporary {@code out}, reserving more if the
     * quota has room, or refusing with a 413 when it has not.
     */
    void cover(FileChannel out, long bytes) throws IOException {
        if (bytes <= reserved) {
            return;
        }
        underLock(() -> {
            // every temporary counts by its length, this one's reservation included
            long room = quotaBytes - (Usage.of(root, true).bytes() - reserved - replacedBytes);
            if (bytes > room) {
                throw Upload.overQuota(quotaBytes, room);
            }
            // ahead of need by a step, but never by more than half of what is free, so parallel
            // streams of unknown length share the room instead of the first one taking it all
            long grown = Math.max(bytes, reserved + Math.min(stepBytes, (room - reserved) / 2));
            out.write(ByteBuffer.allocate(1), grown - 1);
            reserved = grown;
        });
    }

    /**
     * Renames the complete temporary to {@code target}, atomically, under the lock: a usage scan
     * running meanwhile could meet the file under neither name and let a racing upload take its
     * bytes a second time.
     */
    void moveIntoPlace(Path temporary, Path target) throws IOException {
        underLock(() -> Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING));
    }

    /** Gives back what was reserved beyond the {@code written} bytes of a complete upload. */
    void settle(FileChannel out, long written) throws IOException {
        if (reserved > written) {
            out.truncate(written);
            reserved = written;
        }
    }

    private void underLock(LockedStep step) throws IOException {
        synchronized (PLUGIN_LOCKS[Math.floorMod(root.hashCode(), PLUGIN_LOCKS.length)]) {
            try (FileChannel lockFile = FileChannel.open(root.resolve(LOCK_NAME), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock ignored = acquire(lockFile)) {
                step.run();
            }
        }
    }

    /**
     * Waits for the file lock by polling. A blocking lock would let the kernel refuse it as a
     * deadlock ("Resource deadlock avoided") when two processes each hold one plugin's lock and wait
     * for the other's, since it counts locks per process, not per thread.
     */
    private static FileLock acquire(FileChannel lockFile) throws IOException {
        for (;;) {
            FileLock lock = lockFile.tryLock();
            if (lock != null) {
                return lock;
            }
            try {
                Thread.sleep(LOCK_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for the quota lock");
            }
        }
    }

    private interface LockedStep {
        void run() throws IOException;
    }
}
