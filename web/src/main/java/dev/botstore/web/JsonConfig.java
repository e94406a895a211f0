package dev.botstore.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The JSON-B the JAX-RS runtime reads and writes bodies with: snake_case names ({@code createdAt}
 * is {@code created_at}), null members left out, {@code Instant} as ISO-8601 text, which is
 * JSON-B's default for it, and a number JSON cannot hold (NaN, Infinity: found in adopted rows,
 * or computed from them) as null instead of a response that fails half-written.
 */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {

    /** Built on first use: a Jsonb is costly to create and safe to share between threads. */
    private static final class Shared {
        static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
                .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
                .withNullValues(false)
                .withSerializers(new FiniteDoubles()));
    }

    /** JSON has no NaN or Infinity; null says "no usable number" in every client's parser. */
    static final class FiniteDoubles implements JsonbSerializer<Double> {
        @Override
        public void serialize(Double value, JsonGenerator generator, SerializationContext context) {
            if (Double.isFinite(value)) {
                generator.write(value);
            } else {
                generator.writeNull();
            }
        }
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return Shared.JSONB;
    }
}
