package dev.botstore.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Failed authentications per client address and minute. Past {@code auth_failures_per_minute}
 * (default {@value #DEFAULT_PER_MINUTE}) in one minute,
 * further failures from that address are answered 429 until the minute is over; valid keys from the
 * same address keep working, so a misbehaving neighbour on localhost cannot lock the bot out.
 */
@ApplicationScoped
public class FailedAttempts {

    static final int DEFAULT_PER_MINUTE = 30;
    private static final int MAX_ADDRESSES = 10_000;

    private record Window(long minute, AtomicInteger failures) {
    }

    private final Map<String, Window> byAddress = new ConcurrentHashMap<>();
    private final int perMinute;

    public FailedAttempts() {
        this(ConfigProvider.getConfig(FailedAttempts.class.getClassLoader())
                .getOptionalValue("auth_failures_per_minute", Integer.class).orElse(DEFAULT_PER_MINUTE));
    }

    FailedAttempts(int perMinute) {
        this.perMinute = perMinute;
    }

    /** Counts one failure; answers the seconds to wait when the address is over its limit, else 0. */
    public int fail(String address) {
        long minute = System.currentTimeMillis() / 60_000;
        if (byAddress.size() > MAX_ADDRESSES) {
            byAddress.clear();
        }
        Window window = byAddress.compute(address, (a, w) -> w == null || w.minute() != minute
                ? new Window(minute, new AtomicInteger()) : w);
        if (window.failures().incrementAndGet() <= perMinute) {
            return 0;
        }
        return (int) Math.max(1, 60 - (System.currentTimeMillis() / 1000) % 60);
    }
}
