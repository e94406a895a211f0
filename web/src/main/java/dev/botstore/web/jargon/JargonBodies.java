package dev.botstore.web.jargon;

import dev.botstore.api.jargon.JargonData;
import dev.botstore.web.JsonFields;
import java.util.HashSet;
import java.util.Set;

/**
 * A {@code jargon_data} body. A key counts as sent when it is in the body; raw_content, meaning
 * and is_jargon may be sent as null to clear them, the counters and the other flags may not.
 */
final class JargonBodies {

    private static final Set<String> NULLABLE = Set.of(JargonData.RAW_CONTENT, JargonData.MEANING,
            JargonData.IS_JARGON, JargonData.CONTENT);

    private JargonBodies() {
    }

    static JargonData read(JsonFields f) {
        Set<String> sent = new HashSet<>();
        for (String key : f.object().keySet()) {
            if (NULLABLE.contains(key) || f.has(key)) {
                sent.add(key);
            }
        }
        return new JargonData(sent, f.text(JargonData.CONTENT), f.jsonText(JargonData.RAW_CONTENT),
                f.jsonText(JargonData.MEANING), f.flag(JargonData.IS_JARGON), f.wholeNumber(JargonData.COUNT),
                f.wholeNumber(JargonData.LAST_INFERENCE_COUNT), f.flag(JargonData.IS_COMPLETE),
                f.flag(JargonData.IS_GLOBAL), f.text(JargonData.CHAT_ID, 255), f.time(JargonData.CREATED_AT),
                f.time(JargonData.UPDATED_AT));
    }
}
