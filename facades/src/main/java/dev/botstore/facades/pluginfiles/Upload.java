package dev.botstore.facades.pluginfiles;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.error.PayloadTooLargeException;
import dev.botstore.api.pluginfiles.FilePath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Streams one upload into a temporary file beside its target, never holding more than one buffer
 * in memory, and stops at the first byte past a limit.
 */
final class Upload {

    private static final int BUFFER_BYTES = 64 * 1024;
    private static final int CREATE_ATTEMPTS = 3;

    private Upload() {
    }

    /**
     * Creates the temporary file in {@code directory}. A clean-up may remove an emptied directory
     * between our creating it and the file, so that is retried.
     */
    static Path createTemporary(Path directory) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Files.createDirectories(directory);
            Path temporary = directory.resolve(FilePath.UPLOAD_PREFIX + UUID.randomUUID() + ".tmp");
            try {
                return Files.createFile(temporary);
            } catch (NoSuchFileException directoryRemovedMeanwhile) {
                if (attempt == CREATE_ATTEMPTS) {
                    throw directoryRemovedMeanwhile;
                }
            }
        }
    }

    /**
     * Copies {@code in} to {@code temporary} and forces it to disk.
     *
     * @param declaredLength  the announced length or -1; a stream that ends elsewhere was cut off
     * @param maxFileBytes    the per-file limit
     * @param quota           reserves the bytes in the plugin's quota before they are written
     */
    static long copy(InputStream in, Path temporary, long declaredLength, long maxFileBytes, QuotaReservation quota)
            throws IOException {
        byte[] buffer = new byte[BUFFER_BYTES];
        long total = 0;
        try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            quota.cover(out, Math.max(0, declaredLength));
            int n;
            while ((n = read(in, buffer, total, declaredLength)) != -1) {
                total += n;
                if (total > maxFileBytes) {
                    throw tooLargeFile(maxFileBytes);
                }
                quota.cover(out, total);
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
            }
            if (declaredLength >= 0 && total != declaredLength) {
                throw cutOff(total, declaredLength, null);
            }
            quota.settle(out, total);
            out.force(true);
        }
        return total;
    }

    private static int read(InputStream in, byte[] buffer, long sofar, long declaredLength) {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            // the client went away or broke the framing: its problem, not a server failure
            throw cutOff(sofar, declaredLength, e);
        }
    }

    static PayloadTooLargeException tooLargeFile(long maxFileBytes) {
        return new PayloadTooLargeException("the file is larger than the limit of " + maxFileBytes
                + " bytes per file; nothing was written", maxFileBytes);
    }

    static PayloadTooLargeException overQuota(long quotaBytes, long roomBytes) {
        return new PayloadTooLargeException("the plugin's files may take " + quotaBytes + " bytes together and "
                + Math.max(0, roomBytes) + " are left for this file; nothing was written. Delete or clean up files"
                + " first", quotaBytes);
    }

    private static InvalidInputException cutOff(long received, long declaredLength, IOException cause) {
        String expected = declaredLength >= 0 ? " of the " + declaredLength + " announced" : "";
        InvalidInputException e = new InvalidInputException("body", "the upload was cut off after " + received
                + " bytes" + expected + "; nothing was written");
        if (cause != null) {
            e.addSuppressed(cause);
        }
        return e;
    }
}
