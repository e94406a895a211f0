package dev.botstore.persistence.bench;

import dev.botstore.api.message.RawMessageInput;
import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.message.RawMessageInserts;
import dev.botstore.persistence.schema.OwnBreakdowns;
import dev.botstore.persistence.schema.OwnCounters;
import dev.botstore.persistence.schema.SchemaSync;
import dev.botstore.persistence.support.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.jpa.JpaHelper;

/**
 * The batch-ingest benchmark (bench/ingest/run.sh): what the message counters' triggers
 * ({@link OwnCounters}) cost the batch ingest. Several writers each insert batches of 1,000 raw
 * messages into one group, a transaction a batch, through the server's own insert
 * ({@link RawMessageInserts}), without the counters' triggers and with them, alternately. Prints one
 * Markdown row a mode: the median rate over the rounds, rows a second.
 *
 * <p>A main, not a test: figures are printed, never asserted. The database is dropped at the end.
 */
public final class IngestBench {

    private static final int BATCH = 1_000;

    private IngestBench() {
    }

    /** Arguments: backend, writers, batches a writer a round, rounds. */
    public static void main(String[] args) throws Exception {
        DbType type = DbType.normalise(args.length > 0 ? args[0] : "postgresql").orElseThrow();
        int writers = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int batches = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        try (TestDatabase db = TestDatabase.synced(type)) {
            double[][] rates = new double[2][rounds];
            for (int round = 0; round < rounds; round++) {
                for (int counted = 0; counted < 2; counted++) {
                    triggers(db, counted == 1);
                    rates[counted][round] = rate(db, writers, batches);
                    System.err.printf("round %d, %s: %,.0f rows/s%n", round + 1,
                            counted == 1 ? "with counters" : "without", rates[counted][round]);
                }
            }
            System.out.println("| ingest | backend | writers × batches of 1,000 | rows/s without counters | rows/s with counters |");
            System.out.println("|---|---|---|---|---|");
            System.out.printf("| raw messages, one group | %s | %d × %d | %,.0f | %,.0f |%n", type.id(), writers, batches,
                    median(rates[0]), median(rates[1]));
        }
    }

    /** Drops the counters' triggers, or brings them back (and the counters with them) by a sync. */
    private static void triggers(TestDatabase db, boolean on) throws Exception {
        if (on) {
            try (Connection c = db.connection()) {
                SchemaSync.run((AbstractSession) JpaHelper.getServerSession(db.emf()), c, db.name(), null);
            }
            return;
        }
        try (Connection c = db.connection(); Statement st = c.createStatement()) {
            for (String name : OwnCounters.triggerNames()) {
                String table = name.substring("bst_tr_".length(), name.lastIndexOf('_'));
                st.execute("DROP TRIGGER IF EXISTS " + name + (db.type() == DbType.POSTGRESQL ? " ON " + table : ""));
            }
            for (String name : OwnBreakdowns.triggerNames()) {
                st.execute("DROP TRIGGER IF EXISTS " + name + (db.type() == DbType.POSTGRESQL ? " ON " + OwnBreakdowns.COUNTED : ""));
            }
        }
    }

    private static double rate(TestDatabase db, int writers, int batches) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long started = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                running.add(pool.submit(() -> {
                    for (int b = 0; b < batches; b++) {
                        List<RawMessageInput> batch = batch(writer, b);
                        db.inTransaction(em -> new RawMessageInserts(em).insert(batch, System.currentTimeMillis() / 1000));
                    }
                    return null;
                }));
            }
            for (Future<?> writer : running) {
                writer.get();
            }
        } finally {
            pool.shutdown();
        }
        return writers * batches * (double) BATCH / ((System.nanoTime() - started) / 1e9);
    }

    private static List<RawMessageInput> batch(int writer, int number) {
        List<RawMessageInput> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            batch.add(new RawMessageInput("u" + i % 50, "user " + i % 50, null, "message " + writer + "/" + number + "/" + i,
                    "hot_group", null, "qq", null, null));
        }
        return batch;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
