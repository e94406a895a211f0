package dev.botstore.facades.pluginfiles;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.error.PreconditionFailedException;
import dev.botstore.api.pluginfiles.FileCleanup;
import dev.botstore.api.pluginfiles.FileInfo;
import dev.botstore.api.pluginfiles.FilePath;
import dev.botstore.api.pluginfiles.FileListing;
import dev.botstore.api.pluginfiles.FileRead;
import dev.botstore.api.pluginfiles.FileUsage;
import dev.botstore.api.pluginfiles.FileWrite;
import dev.botstore.api.pluginfiles.PluginFiles;
import dev.botstore.api.pluginfiles.WriteCondition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The plugin file area over one data directory with fixed limits: everything {@link PluginFiles}
 * promises, in plain Java so it can be tested without a server. The facade builds one per call
 * from the current settings.
 */
public final class FileArea implements PluginFiles {

    /** Writers of one path serialise only their last step, the check of the condition and the rename. */
    private static final Object[] RENAME_LOCKS = new Object[64];

    static {
        for (int i = 0; i < RENAME_LOCKS.length; i++) {
            RENAME_LOCKS[i] = new Object();
        }
    }

    private static final int OPEN_ATTEMPTS = 3;

    private final Path dataDir;
    private final long maxFileBytes;
    private final long quotaBytes;

    public FileArea(Path dataDir, long maxFileBytes, long quotaBytes) {
        this.dataDir = dataDir;
        this.maxFileBytes = maxFileBytes;
        this.quotaBytes = quotaBytes;
    }

    @Override
    public FileWrite write(String plugin, String path, InputStream content, long declaredLength,
                           WriteCondition condition) {
        List<String> segments = FilePath.check(path);
        PluginDirectory directory = new PluginDirectory(dataDir, plugin);
        if (declaredLength > maxFileBytes) {
            throw Upload.tooLargeFile(maxFileBytes);
        }
        try {
            Path root = directory.realRoot(true).orElseThrow();
            Path target = PluginDirectory.resolve(root, segments, "path", path);
            BasicFileAttributes before = checkWritable(target, condition, path);
            Path parent = parentDirectory(root, target, path);
            Path temporary = Upload.createTemporary(parent);
            try {
                QuotaReservation quota = new QuotaReservation(root, quotaBytes, sizeOf(before), declaredLength);
                Upload.copy(content, temporary, declaredLength, maxFileBytes, quota);
                BasicFileAttributes written = Files.readAttributes(temporary, BasicFileAttributes.class);
                boolean created;
                synchronized (lockFor(target)) {
                    created = checkWritable(target, condition, path) == null;
                    // a rename is atomic on one file system and keeps the attributes just read
                    quota.moveIntoPlace(temporary, target);
                }
                syncDirectory(parent);
                return new FileWrite(created, FileMetadata.of(path, written));
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + path + " of plugin " + plugin, e);
        }
    }

    @Override
    public Optional<FileInfo> info(String plugin, String path) {
        return located(plugin, path).flatMap(file -> attributesOfFile(file).map(a -> FileMetadata.of(path, a)));
    }

    @Override
    public Optional<FileRead> open(String plugin, String path) {
        Optional<Path> located = located(plugin, path);
        if (located.isEmpty()) {
            return Optional.empty();
        }
        Path file = located.get();
        try {
            // the attributes must describe the version that is open, not one renamed into place meanwhile
            for (int attempt = 1; ; attempt++) {
                Optional<BasicFileAttributes> before = attributesOfFile(file);
                if (before.isEmpty()) {
                    return Optional.empty();
                }
                SeekableByteChannel channel;
                try {
                    channel = FileChannel.open(file, StandardOpenOption.READ);
                } catch (NoSuchFileException deletedMeanwhile) {
                    return Optional.empty();
                }
                Optional<BasicFileAttributes> after = attributesOfFile(file);
                if (after.isPresent() && sameVersion(before.get(), after.get()) || attempt == OPEN_ATTEMPTS) {
                    return Optional.of(new FileRead(FileMetadata.of(path, before.get()), channel));
                }
                channel.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not open " + path + " of plugin " + plugin, e);
        }
    }

    @Override
    public boolean delete(String plugin, String path) {
        Optional<Path> located = located(plugin, path);
        if (located.isEmpty() || attributesOfFile(located.get()).isEmpty()) {
            return false;
        }
        try {
            Path root = new PluginDirectory(dataDir, plugin).realRoot(false).orElseThrow();
            boolean deleted = Files.deleteIfExists(located.get());
            pruneEmptyParents(root, located.get().getParent());
            return deleted;
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + path + " of plugin " + plugin, e);
        }
    }

    @Override
    public FileListing list(String plugin, String prefix, String delimiter, int limit, String cursor) {
        return Listing.of(new PluginDirectory(dataDir, plugin), prefix, delimiter, limit, cursor);
    }

    @Override
    public FileCleanup cleanUp(String plugin, String prefix, Long olderThanSeconds, boolean all) {
        return Cleanup.of(new PluginDirectory(dataDir, plugin), prefix, olderThanSeconds, all);
    }

    @Override
    public FileUsage usage(String plugin) {
        try {
            Optional<Path> root = new PluginDirectory(dataDir, plugin).realRoot(false);
            return root.isEmpty() ? new FileUsage(0, 0) : Usage.of(root.get(), false);
        } catch (IOException e) {
            throw new UncheckedIOException("could not measure the files of plugin " + plugin, e);
        }
    }

    @Override
    public FileCleanup deleteAll(String plugin) {
        return Cleanup.everything(new PluginDirectory(dataDir, plugin));
    }

    @Override
    public long maxFileBytes() {
        return maxFileBytes;
    }

    @Override
    public long quotaBytes() {
        return quotaBytes;
    }

    /** The checked location of an existing path; empty when the plugin has no directory yet. */
    private Optional<Path> located(String plugin, String path) {
        List<String> segments = FilePath.check(path);
        try {
            Optional<Path> root = new PluginDirectory(dataDir, plugin).realRoot(false);
            if (root.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(PluginDirectory.resolve(root.get(), segments, "path", path));
        } catch (IOException e) {
            throw new UncheckedIOException("could not look up " + path + " of plugin " + plugin, e);
        }
    }

    /** The current file's attributes (null if none), after checking it may be replaced as asked. */
    private static BasicFileAttributes checkWritable(Path target, WriteCondition condition, String path) {
        BasicFileAttributes current = attributes(target).orElse(null);
        if (current != null && current.isDirectory()) {
            throw new InvalidInputException("path", "path '" + path + "' is a directory; a file cannot replace it");
        }
        String failure = (condition == null ? WriteCondition.NONE : condition)
                .failure(current == null ? null : FileMetadata.etag(current));
        if (failure != null) {
            throw new PreconditionFailedException(failure + "; nothing was written");
        }
        return current;
    }

    /** Creates the parent directories of {@code target} and checks again that they lie inside the root. */
    private static Path parentDirectory(Path root, Path target, String path) throws IOException {
        Path parent = target.getParent();
        try {
            Files.createDirectories(parent);
        } catch (FileAlreadyExistsException e) {
            throw new InvalidInputException("path", "path '" + path + "' goes through a file as if it were a"
                    + " directory");
        }
        PluginDirectory.checkInside(root, parent, "path", path);
        return parent;
    }

    private static long sizeOf(BasicFileAttributes attributes) {
        return attributes == null ? 0 : attributes.size();
    }

    private static Optional<BasicFileAttributes> attributes(Path file) {
        try {
            return Optional.of(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (NoSuchFileException | NotDirectoryException absent) {
            return Optional.empty();
        } catch (FileSystemException e) {
            if (!Files.isDirectory(file.getParent())) {
                return Optional.empty(); // a "directory" on the way is a file (ENOTDIR)
            }
            throw new UncheckedIOException("could not read the attributes of " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the attributes of " + file, e);
        }
    }

    private static Optional<BasicFileAttributes> attributesOfFile(Path file) {
        return attributes(file).filter(BasicFileAttributes::isRegularFile);
    }

    private static boolean sameVersion(BasicFileAttributes a, BasicFileAttributes b) {
        return Objects.equals(a.fileKey(), b.fileKey()) && FileMetadata.etag(a).equals(FileMetadata.etag(b));
    }

    private static Object lockFor(Path target) {
        return RENAME_LOCKS[Math.floorMod(target.hashCode(), RENAME_LOCKS.length)];
    }

    /** Makes the rename itself durable; file systems that cannot sync a directory are left as they are. */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupportedHere) {
            // the data is on disk already; only the name may be lost in a crash
        }
    }

    /** Removes directories emptied by a deletion, up to but never including the plugin's root. */
    static void pruneEmptyParents(Path root, Path directory) {
        Path current = directory;
        while (current != null && current.startsWith(root) && !current.equals(root)) {
            try {
                Files.delete(current);
            } catch (IOException notEmptyOrGone) {
                return;
            }
            current = current.getParent();
        }
    }
}
