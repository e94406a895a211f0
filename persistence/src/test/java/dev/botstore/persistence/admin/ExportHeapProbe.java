package dev.botstore.persistence.admin;

import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.config.SQLitePlatform;
import dev.botstore.persistence.support.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.eclipse.persistence.jpa.JpaHelper;

/**
 * Run in a child JVM by {@link ExportHeapTest} (with {@code -Xmx256m}): exports a SQLite database
 * into a stream that only counts bytes, and prints rows, bytes, time and the heap's peak.
 */
public final class ExportHeapProbe {

    private ExportHeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        DataSource ds = TestDatabase.sqlite(Path.of(args[0]));
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("botstore", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.nonJtaDataSource", ds,
                "eclipselink.target-server", "None",
                "eclipselink.target-database", SQLitePlatform.class.getName()));
        List<DataTable> model = DataTables.parentsFirst(JpaHelper.getServerSession(emf).getProject());
        long[] bytes = new long[1];
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                bytes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes[0] += len;
            }
        };
        long started = System.nanoTime();
        Map<String, Long> rows;
        try (Connection c = ds.getConnection()) {
            BufferedWriter out = new BufferedWriter(new OutputStreamWriter(counting, StandardCharsets.UTF_8), 64 * 1024);
            rows = new DataExporter(c, DbType.SQLITE, model).export(out, null, Set.of());
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("rows=" + rows.get("raw_messages") + " bytes=" + bytes[0] + " millis=" + millis
                + " peakHeapMb=" + peak / (1024 * 1024) + " maxHeapMb=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
        emf.close();
    }
}
