package dev.botstore.api.pluginfiles;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;

/**
 * An open file and its metadata, taken from the same version of the file: a write that replaces
 * the file while it is being read does not disturb the reader. The caller must close it.
 *
 * @param info    metadata of the version that is open
 * @param content the bytes, positioned at the start
 */
public record FileRead(FileInfo info, SeekableByteChannel content) implements AutoCloseable {

    @Override
    public void close() throws IOException {
        content.close();
    }
}
