package it.dev.botstore.support;

import java.io.InputStream;

/** {@code size} bytes of a repeatable pattern, made on the fly without allocating: a large upload to stream. */
public final class GeneratedBytes extends InputStream {

    private final long size;
    private final int seed;
    private long position;

    public GeneratedBytes(long size, int seed) {
        this.size = size;
        this.seed = seed;
    }

    @Override
    public int read() {
        return position < size ? at(position++) : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (position >= size) {
            return -1;
        }
        int n = (int) Math.min(length, size - position);
        for (int i = 0; i < n; i++) {
            buffer[offset + i] = (byte) at(position++);
        }
        return n;
    }

    private int at(long i) {
        return (int) ((i * 31 + seed + (i >>> 12)) & 0xFF);
    }
}
