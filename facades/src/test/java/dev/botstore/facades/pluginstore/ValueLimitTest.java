package dev.botstore.facades.pluginstore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigBuilder;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A write asks for the value limit more than once (the body's bound, the value's check, each value
 * of a batch); one instance lives for one request, as the container's request scope keeps it.
 */
class ValueLimitTest {

    private static final String SETTING = "plugin_store_max_value_bytes";

    private final Map<String, String> settings = new HashMap<>();
    private final Map<String, Integer> reads = new HashMap<>();
    private ConfigProviderResolver previous;

    @BeforeEach
    void countingConfiguration() {
        previous = resolverOrNull();
        ConfigProviderResolver.setInstance(new CountingResolver());
    }

    @AfterEach
    void restoreConfiguration() {
        ConfigProviderResolver.setInstance(previous);
    }

    @Test
    void aRequestReadsTheSettingOnceHoweverOftenItAsks() {
        settings.put(SETTING, "2048");
        ValueLimit request = new ValueLimit();

        assertEquals(2048, request.bytes());
        assertEquals(2048, request.bytes());
        assertEquals(2048, request.bytes());

        assertEquals(1, reads.get(SETTING));
    }

    @Test
    void theNextRequestSeesAChangedSetting() {
        settings.put(SETTING, "2048");
        assertEquals(2048, new ValueLimit().bytes());

        settings.put(SETTING, "4096");
        assertEquals(4096, new ValueLimit().bytes());
    }

    @Test
    void withoutTheSettingTheLimitIsOneMebibyte() {
        assertEquals(1024 * 1024, new ValueLimit().bytes());
    }

    private static ConfigProviderResolver resolverOrNull() {
        try {
            return ConfigProviderResolver.instance();
        } catch (IllegalStateException none) {
            return null;
        }
    }

    /** A configuration of the map above that counts its reads; nothing else of it is used. */
    private final class CountingResolver extends ConfigProviderResolver {

        private final Config config = (Config) Proxy.newProxyInstance(ValueLimitTest.class.getClassLoader(),
                new Class<?>[] {Config.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getOptionalValue" -> {
                        reads.merge((String) args[0], 1, Integer::sum);
                        yield Optional.ofNullable(settings.get((String) args[0]));
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });

        @Override
        public Config getConfig() {
            return config;
        }

        @Override
        public Config getConfig(ClassLoader loader) {
            return config;
        }

        @Override
        public ConfigBuilder getBuilder() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void registerConfig(Config config, ClassLoader classLoader) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void releaseConfig(Config config) {
            throw new UnsupportedOperationException();
        }
    }
}
