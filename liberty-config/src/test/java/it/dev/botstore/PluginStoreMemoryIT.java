package it.dev.botstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.DeployedBotstore;
import it.dev.botstore.support.Http;
import it.dev.botstore.support.ItDatabase;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The test server's heap is 256 MB. 64 values of 1 MiB, listed with values by eight clients at
 * once in pages of up to 1000 while eight others write 1 MiB values: before pages were bounded by
 * bytes, one such page alone was 64 MiB of values, held several times over while it was written.
 */
@EnabledIfSystemProperty(named = "it.scenario", matches = "normal")
class PluginStoreMemoryIT extends DeployedBotstore {

    private static final String STORE = "/api/v1/plugins/alice.memory/store";
    private static final int VALUES = 64;
    private static final int CLIENTS = 8;
    private static final String MIB = "m".repeat(1024 * 1024);
    private static final Pattern KEY = Pattern.compile("\"key\":\"([^\"]*)\"");
    private static final Pattern CURSOR = Pattern.compile("\"next_cursor\":\"([^\"]*)\"");

    @Test
    void concurrentListingsOfOneMebibyteValuesAndConcurrentWritesFinishWithoutAnError() throws Exception {
        for (int i = 0; i < VALUES; i++) {
            HttpResponse<String> put = Http.putText(STORE + "/big:" + (100 + i), MIB);
            assertEquals(201, put.statusCode(), put.body());
        }
        ExecutorService pool = Executors.newFixedThreadPool(2 * CLIENTS);
        try {
            long start = System.nanoTime();
            List<Future<Integer>> listings = new ArrayList<>();
            List<Future<Integer>> writes = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                listings.add(pool.submit(PluginStoreMemoryIT::listEverything));
                int writer = c;
                writes.add(pool.submit(() -> writeFour(writer)));
            }
            int pages = 0;
            for (Future<Integer> listing : listings) {
                pages += listing.get();
            }
            for (Future<Integer> write : writes) {
                assertEquals(4, write.get());
            }
            System.out.printf("PluginStoreMemoryIT (%s): %d listings of %d values of 1 MiB in %d pages and %d writes"
                    + " of 1 MiB, all at once, in %d ms%n", ItDatabase.backend(), CLIENTS, VALUES, pages, 4 * CLIENTS,
                    Duration.ofNanos(System.nanoTime() - start).toMillis());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Lists the whole scope with values in pages of up to 1000; returns the number of pages. */
    private static int listEverything() {
        List<String> keys = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            HttpResponse<String> page = Http.get(STORE + "?prefix=big:&limit=1000&values=true"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertEquals(200, page.statusCode(), () -> page.statusCode() + " " + page.body().substring(0,
                    Math.min(500, page.body().length())));
            assertFalse(page.body().startsWith("<"), "never an HTML page");
            pages++;
            Matcher key = KEY.matcher(page.body());
            while (key.find()) {
                keys.add(key.group(1));
            }
            Matcher next = CURSOR.matcher(page.body());
            cursor = next.find() ? next.group(1) : null;
        } while (cursor != null);
        assertEquals(VALUES, keys.size(), "every key once");
        assertTrue(pages > 1, "the pages were cut by their size, not by the limit");
        return pages;
    }

    private static int writeFour(int writer) {
        int written = 0;
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> put = Http.putText(STORE + "/written:" + writer + ":" + i, MIB);
            assertEquals(201, put.statusCode(), () -> put.statusCode() + " " + put.body());
            written++;
        }
        return written;
    }
}
