package dev.botstore.facades.telemetry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Botstore's own numbers on {@code /metrics}, next to what Liberty measures by itself (requests,
 * pools, JVM). Every name lives here, so that the README's list and the scrape stay one list; the
 * facades only say what happened. MicroProfile Metrics prefixes them for Prometheus as
 * {@code botstore_..._total} (counters) and {@code botstore_...} (gauges, with their unit), scope "application".
 */
@ApplicationScoped
public class OperatorMetrics {

    /** What a key-value operation came to, as the {@code outcome} tag says it. */
    public enum Outcome {
        HIT, MISS, WRITTEN, PRECONDITION_FAILED;

        private final String tag = name().toLowerCase(Locale.ROOT);

        String tag() {
            return tag;
        }
    }

    /** With its unit, botstore_files_bytes on the scrape. */
    private static final String FILE_AREA = "botstore.files";

    private static final int OUTCOMES = Outcome.values().length;
    private static final Metadata KV_OPERATIONS = Metadata.builder().withName("botstore.kv.operations")
            .withDescription("key-value store operations by kind and outcome").build();
    private static final Metadata KV_EXPIRED_PURGED = Metadata.builder().withName("botstore.kv.expired.purged")
            .withDescription("rows of expired key-value entries deleted by the background purge").build();
    private static final Metadata MESSAGES_INGESTED = Metadata.builder().withName("botstore.messages.ingested")
            .withDescription("raw chat messages stored, one at a time or in batches").build();

    @Inject
    MetricRegistry registry;

    /**
     * The suppliers behind the gauges. Liberty's registry (Micrometer underneath) may hold a gauge's
     * object only weakly; a lambda nobody else references would be collected and the gauge go blank.
     */
    private final Map<MetricID, Supplier<?>> gaugeSources = new ConcurrentHashMap<>();

    /**
     * The counters of the hot key-value path by kind, then outcome, registered once instead of
     * looked up per call; a call finds its counter without building a key or a metric ID.
     */
    private final Map<String, AtomicReferenceArray<Counter>> keyValueCounters = new ConcurrentHashMap<>();

    /** Counters without tags, by name, for the same reason. */
    private final Map<String, Counter> plainCounters = new ConcurrentHashMap<>();

    /** 1 while the database is ready, 0 otherwise. */
    public void databaseReadiness(Supplier<Boolean> ready) {
        gauge(Metadata.builder().withName("botstore.database.ready")
                .withDescription("1 while the database is ready, 0 while requests are answered 503").build(),
                () -> ready.get() ? 1 : 0);
    }

    /** The schema sync at the last start: actions taken and steps it could not apply. */
    public void schemaSync(Supplier<Integer> changes, Supplier<Integer> warnings) {
        gauge(Metadata.builder().withName("botstore.schema.changes")
                .withDescription("tables, columns and indexes the schema sync created or changed at the last start")
                .build(), changes);
        gauge(Metadata.builder().withName("botstore.schema.warnings")
                .withDescription("schema sync steps that could not be applied at the last start (see /api/v1/admin/schema)")
                .build(), warnings);
    }

    public void keyValueOperation(String kind, Outcome outcome) {
        AtomicReferenceArray<Counter> byOutcome = keyValueCounters.get(kind);
        if (byOutcome == null) {
            byOutcome = keyValueCounters.computeIfAbsent(kind, k -> new AtomicReferenceArray<>(OUTCOMES));
        }
        Counter counter = byOutcome.get(outcome.ordinal());
        if (counter == null) {
            // the registry hands every thread the one counter of this ID
            counter = registry.counter(KV_OPERATIONS, new Tag("kind", kind), new Tag("outcome", outcome.tag()));
            byOutcome.set(outcome.ordinal(), counter);
        }
        counter.inc();
    }

    public void expiredEntriesPurged(long entries) {
        plainCounter(KV_EXPIRED_PURGED).inc(entries);
    }

    public void messagesIngested(long messages) {
        plainCounter(MESSAGES_INGESTED).inc(messages);
    }

    /**
     * Follows one plugin's file area from now on; {@code bytes} is read at each scrape. Registering
     * a plugin that is already followed changes nothing.
     */
    public void fileArea(String plugin, Supplier<Long> bytes) {
        gauge(Metadata.builder().withName(FILE_AREA)
                .withDescription("bytes in the plugin's file area, counted at each scrape").withUnit(MetricUnits.BYTES)
                .build(), bytes, new Tag("plugin", plugin));
    }

    /** The plugin was removed: its gauge goes rather than staying at 0 for ever. */
    public void forgetFileArea(String plugin) {
        MetricID id = new MetricID(FILE_AREA, new Tag("plugin", plugin));
        registry.remove(id);
        gaugeSources.remove(id);
    }

    private Counter plainCounter(Metadata metadata) {
        Counter counter = plainCounters.get(metadata.getName());
        if (counter == null) {
            counter = registry.counter(metadata);
            plainCounters.put(metadata.getName(), counter);
        }
        return counter;
    }

    private <N extends Number> void gauge(Metadata metadata, Supplier<N> source, Tag... tags) {
        MetricID id = new MetricID(metadata.getName(), tags);
        if (gaugeSources.putIfAbsent(id, source) == null) {
            registry.gauge(metadata, source, Supplier::get, tags);
        }
    }
}
