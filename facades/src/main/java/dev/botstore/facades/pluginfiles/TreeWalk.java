package dev.botstore.facades.pluginfiles;

import dev.botstore.api.pluginfiles.FilePath;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Visits the files of a plugin's directory in path order, without reading the whole tree first.
 *
 * <p>Sorting each directory's entries by name, with {@code /} appended to directory names, gives
 * the order of the full paths: every path below {@code a} starts with {@code a/}, so it sorts
 * against its neighbours exactly as {@code a/} does. That lets a listing stop after one page and
 * skip whole subtrees before its cursor.
 *
 * <p>Upload temporaries are never visited. A symbolic link is visited as the file it points to if
 * that lies inside the plugin's directory; links to directories are not followed (no cycles).
 */
final class TreeWalk {

    /** What a walk reports, in path order; returning false stops the walk. */
    interface Visitor {
        boolean file(String path, Path file, BasicFileAttributes attributes) throws IOException;

        /** Only called when walking with a delimiter: {@code prefix} ends with {@code /}. */
        default boolean commonPrefix(String prefix) {
            return true;
        }
    }

    private final Path realRoot;
    private final String prefix;
    private final boolean delimited;
    private final String after;

    /**
     * @param prefix    only paths starting with this
     * @param delimited roll directories below the prefix's level up into common prefixes
     * @param after     only paths (and common prefixes) after this one; null for all
     */
    TreeWalk(Path realRoot, String prefix, boolean delimited, String after) {
        this.realRoot = realRoot;
        this.prefix = prefix;
        this.delimited = delimited;
        this.after = after;
    }

    /** Walks from the directory part of the prefix, whose segments {@code FilePath.checkPrefix} returned. */
    void walk(List<String> prefixDirectory, Visitor visitor) throws IOException {
        Path start = PluginDirectory.resolve(realRoot, prefixDirectory, "prefix", prefix);
        if (Files.isDirectory(start, LinkOption.NOFOLLOW_LINKS)) {
            visit(start, prefixDirectory.isEmpty() ? "" : String.join("/", prefixDirectory) + "/", visitor);
        }
    }

    private record Entry(String key, String path, Path file, BasicFileAttributes attributes) {
        boolean directory() {
            return attributes.isDirectory();
        }
    }

    private boolean visit(Path directory, String directoryKey, Visitor visitor) throws IOException {
        for (Entry entry : sortedEntries(directory, directoryKey)) {
            if (entry.directory()) {
                if (!directory(entry, visitor)) {
                    return false;
                }
            } else if (entry.path.startsWith(prefix) && isAfter(entry.path) && !visitor.file(entry.path, entry.file,
                    entry.attributes)) {
                return false;
            }
        }
        return true;
    }

    private boolean directory(Entry entry, Visitor visitor) throws IOException {
        String key = entry.key;
        if (!key.startsWith(prefix) && !prefix.startsWith(key)) {
            return true;
        }
        if (delimited && key.startsWith(prefix)) {
            return !isAfter(key) || !hasEntries(entry.file) || visitor.commonPrefix(key);
        }
        // the whole subtree sorts before the cursor unless the cursor lies inside it
        if (after != null && key.compareTo(after) < 0 && !after.startsWith(key)) {
            return true;
        }
        return visit(entry.file, key, visitor);
    }

    private boolean isAfter(String key) {
        return after == null || key.compareTo(after) > 0;
    }

    private List<Entry> sortedEntries(Path directory, String directoryKey) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(directory)) {
            for (Path child : children) {
                String name = child.getFileName().toString();
                if (name.startsWith(FilePath.UPLOAD_PREFIX)) {
                    continue;
                }
                BasicFileAttributes attributes = attributes(child);
                if (attributes != null) {
                    String path = directoryKey + name;
                    entries.add(new Entry(attributes.isDirectory() ? path + "/" : path, path, child, attributes));
                }
            }
        } catch (NoSuchFileException removedMeanwhile) {
            return List.of();
        }
        entries.sort(Comparator.comparing(Entry::key));
        return entries;
    }

    /** Attributes of a file or directory, of a link's target if it stays inside; null to leave it out. */
    private BasicFileAttributes attributes(Path child) throws IOException {
        try {
            BasicFileAttributes own = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!own.isSymbolicLink()) {
                return own.isRegularFile() || own.isDirectory() ? own : null;
            }
            if (!child.toRealPath().startsWith(realRoot)) {
                return null;
            }
            BasicFileAttributes target = Files.readAttributes(child, BasicFileAttributes.class);
            return target.isRegularFile() ? target : null;
        } catch (NoSuchFileException goneOrDangling) {
            return null;
        }
    }

    private static boolean hasEntries(Path directory) throws IOException {
        try (DirectoryStream<Path> children = Files.newDirectoryStream(directory,
                child -> !child.getFileName().toString().startsWith(FilePath.UPLOAD_PREFIX))) {
            return children.iterator().hasNext();
        } catch (NoSuchFileException removedMeanwhile) {
            return false;
        }
    }
}
