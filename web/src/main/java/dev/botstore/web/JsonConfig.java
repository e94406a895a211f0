package dev.botstore.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The JSON-B the JAX-RS runtime reads and writes bodies with: snake_case names ({@code createdAt}
 * is {@code created_at}), null members left out, and {@code Instant} as ISO-8601 text, which is
 * JSON-B's default for it.
 */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {

    /** Built on first use: a Jsonb is costly to create and safe to share between threads. */
    private static final class Shared {
        static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
                .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
                .withNullValues(false));
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return Shared.JSONB;
    }
}
