package dev.botstore.facades.pluginfiles;

import dev.botstore.api.pluginfiles.FilePath;
import dev.botstore.api.pluginfiles.FileUsage;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Counts a plugin's files by walking its directory: the directory is the truth, so nothing is cached. */
final class Usage {

    private Usage() {
    }

    /**
     * @param withUploads count uploads in progress too, by the length they reserved: the quota
     *                    check does (see {@link QuotaReservation})
     */
    static FileUsage of(Path root, boolean withUploads) throws IOException {
        long[] filesAndBytes = new long[2];
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile()
                        && (withUploads || !file.getFileName().toString().startsWith(FilePath.UPLOAD_PREFIX))) {
                    filesAndBytes[0]++;
                    filesAndBytes[1] += attributes.size();
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException removedMeanwhile) {
                return FileVisitResult.CONTINUE;
            }
        });
        return new FileUsage(filesAndBytes[0], filesAndBytes[1]);
    }
}
