package it.dev.botstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.DeployedBotstore;
import it.dev.botstore.support.Http;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The export streams: 200,000 messages of 1.5 KB each, about 350 MB of JSON Lines, leave a server
 * whose heap is capped at 256 MB (the IT server's {@code -Xmx256m}) without running out of memory.
 * Run on SQLite, the database an operator exports from before moving to PostgreSQL or MySQL.
 */
class LargeExportIT extends DeployedBotstore {

    private static final int MESSAGES = 200_000;
    private static final int BATCH = 1000;

    @Test
    void twoHundredThousandMessagesExportThroughA256MegabyteHeap() throws Exception {
        String group = "export-" + UUID.randomUUID();
        String text = "長".repeat(500);
        long seeding = System.nanoTime();
        for (int first = 0; first < MESSAGES; first += BATCH) {
            StringBuilder body = new StringBuilder("{\"messages\":[");
            for (int i = first; i < first + BATCH; i++) {
                body.append(i == first ? "" : ",").append("{\"sender_id\":\"u").append(i % 50)
                        .append("\",\"group_id\":\"").append(group).append("\",\"timestamp\":").append(1_760_000_000L + i)
                        .append(",\"message\":\"").append(i).append(' ').append(text).append("\"}");
            }
            HttpResponse<String> stored = Http.postJson("/api/v1/messages/batch", body.append("]}").toString());
            assertEquals(201, stored.statusCode(), stored.body());
        }
        seeding = System.nanoTime() - seeding;

        long started = System.nanoTime();
        HttpResponse<InputStream> export = Http.sendForStream(
                Http.request("/api/v1/admin/export?group_id=" + group + "&table=raw_messages").GET());
        assertEquals(200, export.statusCode());
        long lines = 0;
        long chars = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(export.body(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String record = line;
                assertTrue(record.startsWith("{\"table\":\"raw_messages\""), () -> "not an export record: " + record);
                lines++;
                chars += line.length() + 1;
            }
        }
        long exporting = System.nanoTime() - started;

        assertEquals(MESSAGES, lines, "one line per message");
        assertEquals(MESSAGES, Integer.parseInt(Http.get("/api/v1/messages/statistics?group_id=" + group).body()
                .replaceAll(".*\"raw_messages\":(\\d+).*", "$1")));
        System.out.printf("LargeExportIT: %,d messages seeded through REST in %.1f s; exported %,d lines, %,d characters,"
                + " in %.1f s by a server with -Xmx256m%n", MESSAGES, seeding / 1e9, lines, chars, exporting / 1e9);
    }
}
