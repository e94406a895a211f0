package dev.botstore.persistence.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The export streams: 200,000 raw messages of 1.5 KB each (an export larger than the heap) are
 * exported by a JVM capped at 256 MB, and again at 64 MB, which must finish, and whose peak heap
 * is printed for docs/benchmarks.md.
 */
class ExportHeapTest {

    private static final int MESSAGES = 200_000;
    /** 500 CJK characters: 1,500 bytes of UTF-8. */
    private static final String TEXT = "消息内容".repeat(125);

    @Test
    void anExportLargerThanTheHeapRunsInAJvmCappedAt256Megabytes() throws Exception {
        try (TestDatabase db = TestDatabase.synced(DbType.SQLITE)) {
            long started = System.nanoTime();
            try (Connection c = db.connection()) {
                c.setAutoCommit(false);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO raw_messages (sender_id, message, group_id,"
                        + " \"timestamp\", processed, created_at) VALUES (?, ?, ?, ?, 0, ?)")) {
                    for (int i = 0; i < MESSAGES; i++) {
                        ps.setString(1, "u" + i);
                        ps.setString(2, i + TEXT);
                        ps.setString(3, "g" + i % 10);
                        ps.setLong(4, 1_700_000_000L + i);
                        ps.setLong(5, 1_700_000_000L + i);
                        ps.addBatch();
                        if (i % 5000 == 4999) {
                            ps.executeBatch();
                        }
                    }
                }
                c.commit();
            }
            long seeded = (System.nanoTime() - started) / 1_000_000;
            Path file = db.dataSource().unwrap(org.sqlite.SQLiteDataSource.class).getUrl().lines()
                    .map(url -> Path.of(url.substring("jdbc:sqlite:".length(), url.indexOf('?')))).findFirst().orElseThrow();
            for (int cap : new int[] {256, 64}) {
                Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx" + cap + "m", "-cp", System.getProperty("java.class.path"), ExportHeapProbe.class.getName(),
                        file.toString())).redirectErrorStream(true).start();
                String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(child.waitFor(120, TimeUnit.SECONDS));
                assertEquals(0, child.exitValue(), output);
                Matcher m = Pattern.compile("rows=(\\d+) bytes=(\\d+) millis=(\\d+) peakHeapMb=(\\d+) maxHeapMb=(\\d+)").matcher(output);
                assertTrue(m.find(), output);
                assertEquals(MESSAGES, Long.parseLong(m.group(1)));
                long bytes = Long.parseLong(m.group(2));
                assertTrue(bytes > 256L * 1024 * 1024, "the export must be larger than the heap: " + bytes);
                assertTrue(Long.parseLong(m.group(4)) <= cap, output);
                System.err.println("[export heap] seeded " + MESSAGES + " messages in " + seeded + " ms; -Xmx" + cap
                        + "m export: " + m.group());
            }
        }
    }
}
