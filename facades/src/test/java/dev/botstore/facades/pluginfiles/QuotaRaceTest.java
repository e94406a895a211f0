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
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten uploads of 600 KB under a quota of 1,000,000 bytes, all in flight at once, in one process and
 * in two processes sharing the data directory: whatever the interleaving, at most one is stored.
 * Each plugin's directory already holds thousands of empty files, so that the usage scan inside the
 * quota's locked section takes a while: without the lock, uploads that start together scan together
 * and may each miss the other's reservation, and a scan may miss a file being renamed into place.
 * Whether they do depends on the order of the walk and on the scheduler, so four plugins race at
 * once, each a chance for an unlocked step to show; four also make two processes hold one plugin's
 * lock each while waiting for another's.
 */
class QuotaRaceTest {

    static final List<String> PLUGINS = List.of("alice.weather", "bob.weather", "carol.weather", "dave.weather");
    static final long QUOTA = 1_000_000;
    static final int SIZE = 600_000;
    static final int FILLER_DIRECTORIES = 30;
    static final int FILLER_FILES_PER_DIRECTORY = 100;

    @TempDir
    Path data;

    /** Hard links to one empty file: creating thousands of files takes seconds, linking them does not. */
    @BeforeEach
    void fillThePluginDirectoriesWithEmptyFiles() throws IOException {
        Path empty = Files.createFile(data.resolve("empty"));
        for (String plugin : PLUGINS) {
            Path root = data.resolve("plugin_data").resolve(plugin);
            for (int d = 0; d < FILLER_DIRECTORIES; d++) {
                Path directory = Files.createDirectories(root.resolve("filler-" + d));
                for (int f = 0; f < FILLER_FILES_PER_DIRECTORY; f++) {
                    Files.createLink(directory.resolve("empty-" + f), empty);
                }
            }
        }
    }

    @Test
    void tenConcurrentUploadsNeverExceedTheQuota() throws Exception {
        List<Integer> stored = uploadAll(data, 0, 10, System.currentTimeMillis());
        assertEquals(Collections.nCopies(PLUGINS.size(), 1), stored, "files stored per plugin");
        assertWithinQuota();
    }

    @Test
    void twoProcessesSharingTheDataDirectoryNeverExceedTheQuota() throws Exception {
        long startAt = System.currentTimeMillis() + 3000; // both processes start uploading at this moment
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process other = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                QuotaRaceTest.class.getName(), data.toString(), "5", Long.toString(startAt))
                .redirectErrorStream(true).start();
        List<Integer> storedHere = uploadAll(data, 0, 5, startAt);
        assertTrue(other.waitFor(60, TimeUnit.SECONDS), "the other process finished");
        String output = new String(other.getInputStream().readAllBytes()).strip();
        assertEquals(0, other.exitValue(), output);
        String[] storedThere = output.substring(output.lastIndexOf('\n') + 1).strip().split(",");
        List<Integer> stored = new ArrayList<>();
        for (int i = 0; i < PLUGINS.size(); i++) {
            stored.add(storedHere.get(i) + Integer.parseInt(storedThere[i]));
        }
        assertEquals(Collections.nCopies(PLUGINS.size(), 1), stored, "files stored per plugin");
        assertWithinQuota();
    }

    /** The second process: uploads {@code args[1]} files per plugin into the data directory {@code args[0]}. */
    public static void main(String[] args) throws Exception {
        List<Integer> stored = uploadAll(Path.of(args[0]), 100, Integer.parseInt(args[1]), Long.parseLong(args[2]));
        System.out.println(stored.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }

    /**
     * Starts {@code count} slow uploads per plugin together at wall-clock {@code startAtMillis} (or at
     * once for a past instant) and returns how many were stored per plugin; every other one must be
     * refused as over quota.
     */
    static List<Integer> uploadAll(Path data, int firstName, int count, long startAtMillis) throws Exception {
        FileArea area = new FileArea(data, 10 * SIZE, QUOTA);
        // one small upload first, so that neither process meets the race with a cold JVM
        String warmUp = "warm-up-" + firstName;
        area.write(PLUGINS.get(0), warmUp, InputStream.nullInputStream(), 0, WriteCondition.NONE);
        area.delete(PLUGINS.get(0), warmUp);
        ExecutorService pool = Executors.newFixedThreadPool(count * PLUGINS.size());
        try {
            List<List<Future<Boolean>>> uploads = new ArrayList<>();
            for (String plugin : PLUGINS) {
                List<Future<Boolean>> ofPlugin = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    String path = "upload-" + (firstName + i);
                    ofPlugin.add(pool.submit(() -> {
                        Thread.sleep(Math.max(0, startAtMillis - System.currentTimeMillis()));
                        try {
                            area.write(plugin, path, new SlowStream(SIZE), SIZE, WriteCondition.NONE);
                            return true;
                        } catch (PayloadTooLargeException overQuota) {
                            return false;
                        }
                    }));
                }
                uploads.add(ofPlugin);
            }
            List<Integer> stored = new ArrayList<>();
            for (List<Future<Boolean>> ofPlugin : uploads) {
                int n = 0;
                for (Future<Boolean> upload : ofPlugin) {
                    n += upload.get() ? 1 : 0;
                }
                stored.add(n);
            }
            return stored;
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertWithinQuota() throws IOException {
        for (String plugin : PLUGINS) {
            long bytes;
            try (var files = Files.walk(data.resolve("plugin_data").resolve(plugin))) {
                bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
            }
            assertTrue(bytes <= QUOTA, bytes + " bytes stored for " + plugin);
            assertEquals(SIZE, new FileArea(data, 10 * SIZE, QUOTA).usage(plugin).bytes(), plugin);
        }
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
