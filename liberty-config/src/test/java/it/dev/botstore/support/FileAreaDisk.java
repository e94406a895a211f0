package it.dev.botstore.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The test server's plugin file areas as seen on disk, to check what a request did or did not touch. */
public final class FileAreaDisk {

    private FileAreaDisk() {
    }

    /** The server's {@code data_dir}: the SQLite scenario points it at its own directory. */
    public static Path dataDir() {
        Path sqlite = ItDatabase.sqliteDir();
        return sqlite != null ? sqlite : ItDatabase.serverDir().resolve("data");
    }

    public static Path pluginDir(String plugin) {
        return dataDir().resolve("plugin_data").resolve(plugin);
    }

    /** A configDropins override of the file area's limits; delete it to restore the defaults. */
    public static Path limitsOverride() {
        return ItDatabase.serverDir().resolve("configDropins").resolve("overrides").resolve("it-plugin-files.xml");
    }

    /** Every file and directory of the file areas but {@code except}'s, with size and modification time. */
    public static Map<String, String> snapshot(String except) throws IOException {
        Map<String, String> all = new TreeMap<>();
        Path areas = dataDir().resolve("plugin_data");
        try (Stream<Path> paths = Files.walk(areas)) {
            for (Path p : paths.toList()) {
                if (!p.startsWith(areas.resolve(except))) {
                    all.put(areas.relativize(p).toString(), Files.isDirectory(p) ? "dir"
                            : Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis());
                }
            }
        }
        return all;
    }

    /** The file the uploads of a plugin lock to reserve quota; it stays, empty, and is no temporary. */
    private static final String QUOTA_LOCK = ".upload-quota.lock";

    /** Names of upload temporaries anywhere below {@code dir}. */
    public static List<String> temporaries(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".upload-") && !n.equals(QUOTA_LOCK)).toList();
        }
    }

    /** The names directly in {@code dir}, sorted, the quota lock left out. */
    public static List<String> names(Path dir) throws IOException {
        try (Stream<Path> paths = Files.list(dir)) {
            return paths.map(p -> p.getFileName().toString()).filter(n -> !n.equals(QUOTA_LOCK)).sorted().toList();
        }
    }
}
