package dev.botstore.facades.pluginfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.botstore.api.error.PayloadTooLargeException;
import dev.botstore.api.pluginfiles.WriteCondition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten uploads of 600 KB under a quota of 1,000,000 bytes, all in flight at once, in one process and
 * in two processes sharing the data directory: whatever the interleaving, at most one is stored.
 */
class QuotaRaceTest {

    static final String PLUGIN = "alice.weather";
    static final long QUOTA = 1_000_000;
    static final int SIZE = 600_000;

    @TempDir
    Path data;

    @Test
    void tenConcurrentUploadsNeverExceedTheQuota() throws Exception {
        int stored = uploadAll(data, 0, 10, System.currentTimeMillis());
        assertEquals(1, stored);
        assertWithinQuota();
    }

    @Test
    void twoProcessesSharingTheDataDirectoryNeverExceedTheQuota() throws Exception {
        long startAt = System.currentTimeMillis() + 3000; // both processes start uploading at this moment
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process other = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                QuotaRaceTest.class.getName(), data.toString(), "5", Long.toString(startAt))
                .redirectErrorStream(true).start();
        int storedHere = uploadAll(data, 0, 5, startAt);
        assertTrue(other.waitFor(60, TimeUnit.SECONDS), "the other process finished");
        String output = new String(other.getInputStream().readAllBytes()).strip();
        assertEquals(0, other.exitValue(), output);
        int storedThere = Integer.parseInt(output.substring(output.lastIndexOf('\n') + 1).strip());
        assertEquals(1, storedHere + storedThere);
        assertWithinQuota();
    }

    /** The second process: uploads {@code args[1]} files into the data directory {@code args[0]}. */
    public static void main(String[] args) throws Exception {
        System.out.println(uploadAll(Path.of(args[0]), 100, Integer.parseInt(args[1]), Long.parseLong(args[2])));
    }

    /**
     * Starts {@code count} slow uploads together at wall-clock {@code startAtMillis} (or at once for a
     * past instant) and returns how many were stored; every other one must be refused as over quota.
     */
    static int uploadAll(Path data, int firstName, int count, long startAtMillis) throws Exception {
        FileArea area = new FileArea(data, 10 * SIZE, QUOTA);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<Boolean>> uploads = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String path = "upload-" + (firstName + i);
                uploads.add(pool.submit(() -> {
                    Thread.sleep(Math.max(0, startAtMillis - System.currentTimeMillis()));
                    try {
                        area.write(PLUGIN, path, new SlowStream(SIZE), SIZE, WriteCondition.NONE);
                        return true;
                    } catch (PayloadTooLargeException overQuota) {
                        return false;
                    }
                }));
            }
            int stored = 0;
            for (Future<Boolean> upload : uploads) {
                stored += upload.get() ? 1 : 0;
            }
            return stored;
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertWithinQuota() throws IOException {
        long bytes;
        try (var files = Files.walk(data.resolve("plugin_data").resolve(PLUGIN))) {
            bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        assertTrue(bytes <= QUOTA, bytes + " bytes stored");
        assertEquals(SIZE, new FileArea(data, 10 * SIZE, QUOTA).usage(PLUGIN).bytes());
    }

    /** Zeros delivered in small pieces with pauses, so that every upload is in flight for a while. */
    private static final class SlowStream extends InputStream {

        private long left;

        SlowStream(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left == 0) {
                return -1;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int n = (int) Math.min(Math.min(len, 32 * 1024), left);
            left -= n;
            return n;
        }
    }
}
