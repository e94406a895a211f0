package dev.botstore.facades.pluginfiles;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.pluginstore.PluginStoreRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One plugin's directory, {@code <data dir>/plugin_data/<plugin key>/}, and the second half of the
 * path rules: after the textual check of {@code FilePath}, a path must still lie inside the
 * directory once symbolic links are followed.
 */
final class PluginDirectory {

    private final Path root;

    PluginDirectory(Path dataDir, String plugin) {
        PluginStoreRules.checkPluginKey(plugin);
        this.root = dataDir.resolve("plugin_data").resolve(plugin);
    }

    /**
     * The directory with every link above it resolved, created if asked to; empty if it does not
     * exist. The directory itself must not be a link: it would lead the whole area elsewhere, which
     * is refused as for the links inside it.
     */
    Optional<Path> realRoot(boolean create) throws IOException {
        if (create) {
            Files.createDirectories(root);
        } else if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        if (Files.isSymbolicLink(root)) {
            throw new InvalidInputException("plugin", "the plugin's directory is a symbolic link, which is refused"
                    + " as links out of it are; an operator must replace it by a directory");
        }
        return Optional.of(root.toRealPath());
    }

    Path lexicalRoot() {
        return root;
    }

    /**
     * The file {@code segments} name under {@code realRoot}, after checking that the deepest part
     * of it that exists resolves (links followed) to a place inside {@code realRoot}: a link that
     * points out of the plugin's directory is refused for reading and writing alike.
     */
    static Path resolve(Path realRoot, List<String> segments, String field, String path) throws IOException {
        Path target = realRoot;
        for (String segment : segments) {
            target = target.resolve(segment);
        }
        Path existing = target;
        while (!Files.exists(existing)) {
            existing = existing.getParent();
        }
        checkInside(realRoot, existing, field, path);
        return target;
    }

    static void checkInside(Path realRoot, Path existing, String field, String path) throws IOException {
        if (!existing.toRealPath().startsWith(realRoot)) {
            throw new InvalidInputException(field, field + " '" + path + "' leads out of the plugin's directory"
                    + " through a symbolic link");
        }
    }
}
