package dev.botstore.facades.pluginfiles;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.pluginfiles.FileCleanup;
import dev.botstore.api.pluginfiles.FilePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Deleting many files at once: a clean-up under a prefix, or a plugin's whole area. */
final class Cleanup {

    private Cleanup() {
    }

    static FileCleanup of(PluginDirectory directory, String prefix, Long olderThanSeconds, boolean all) {
        String p = prefix == null ? "" : prefix;
        List<String> prefixDirectory = FilePath.checkPrefix(p);
        if (p.isEmpty() && !all) {
            throw new InvalidInputException("prefix", "an empty prefix would delete every file of the plugin;"
                    + " pass all=true if that is what you mean");
        }
        if (olderThanSeconds != null && olderThanSeconds < 0) {
            throw new InvalidInputException("older_than", "older_than must be a number of seconds, 0 or more");
        }
        Instant cutoff = olderThanSeconds == null ? null : Instant.now().minusSeconds(olderThanSeconds);
        long[] deletedAndFreed = new long[2];
        try {
            Optional<Path> root = directory.realRoot(false);
            if (root.isEmpty()) {
                return new FileCleanup(0, 0);
            }
            new TreeWalk(root.get(), p, false, null).walk(prefixDirectory, (path, file, attributes) -> {
                if (cutoff == null || attributes.lastModifiedTime().toInstant().isBefore(cutoff)) {
                    if (Files.deleteIfExists(file)) {
                        deletedAndFreed[0]++;
                        deletedAndFreed[1] += attributes.size();
                        FileArea.pruneEmptyParents(root.get(), file.getParent());
                    }
                }
                return true;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not clean up the files of " + directory.lexicalRoot(), e);
        }
        return new FileCleanup(deletedAndFreed[0], deletedAndFreed[1]);
    }

    /** Deletes the plugin's directory and everything in it, uploads in progress included. */
    static FileCleanup everything(PluginDirectory directory) {
        Path root = directory.lexicalRoot();
        if (!Files.isDirectory(root)) {
            return new FileCleanup(0, 0);
        }
        long[] deletedAndFreed = new long[2];
        try {
            // links are deleted as links: walkFileTree does not follow them
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    if (Files.deleteIfExists(file) && attributes.isRegularFile()) {
                        deletedAndFreed[1] += attributes.size();
                        if (!file.getFileName().toString().startsWith(FilePath.UPLOAD_PREFIX)) {
                            deletedAndFreed[0]++;
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException removedMeanwhile) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                    try {
                        Files.deleteIfExists(dir);
                    } catch (DirectoryNotEmptyException writtenMeanwhile) {
                        // a write that raced the removal keeps its file; the count says what went
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the files of " + root, e);
        }
        return new FileCleanup(deletedAndFreed[0], deletedAndFreed[1]);
    }
}
