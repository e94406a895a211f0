package dev.botstore.web.pluginfiles;

import dev.botstore.api.pluginfiles.FileRead;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;

/** The body of a GET: part of an open file, copied a buffer at a time, and the file closed afterwards. */
final class FileBytes {

    private static final int BUFFER_BYTES = 64 * 1024;

    private FileBytes() {
    }

    static StreamingOutput of(FileRead read, long first, long length) {
        return out -> {
            try (read) {
                SeekableByteChannel channel = read.content().position(first);
                ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);
                long left = length;
                while (left > 0) {
                    buffer.clear().limit((int) Math.min(BUFFER_BYTES, left));
                    int n = channel.read(buffer);
                    if (n < 0) {
                        break; // shortened by hand meanwhile; the client sees a short body
                    }
                    out.write(buffer.array(), 0, n);
                    left -= n;
                }
            }
        };
    }
}
