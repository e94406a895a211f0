package dev.botstore.web.social;

import dev.botstore.api.social.PreferencesInput;
import dev.botstore.api.social.ProfileInput;
import dev.botstore.api.social.RelationInput;
import dev.botstore.web.JsonFields;
import java.util.HashSet;
import java.util.Set;

/** The bodies of the social writes, read field by field; a key counts as sent when it is in the body. */
final class SocialBodies {

    private SocialBodies() {
    }

    static ProfileInput profile(JsonFields f) {
        return new ProfileInput(sent(f), f.text(ProfileInput.QQ_NAME), f.jsonText(ProfileInput.NICKNAMES),
                f.jsonText(ProfileInput.ACTIVITY_PATTERN), f.jsonText(ProfileInput.COMMUNICATION_STYLE),
                f.jsonText(ProfileInput.TOPIC_PREFERENCES), f.jsonText(ProfileInput.EMOTIONAL_TENDENCY),
                f.time(ProfileInput.LAST_ACTIVE));
    }

    static PreferencesInput preferences(JsonFields f) {
        Set<String> sent = sent(f);
        if (!f.has(PreferencesInput.ADAPTIVE_RATE)) {
            sent.remove(PreferencesInput.ADAPTIVE_RATE); // a null rate keeps the stored one
        }
        return new PreferencesInput(sent, f.jsonText(PreferencesInput.FAVORITE_TOPICS),
                f.jsonText(PreferencesInput.INTERACTION_STYLE), f.jsonText(PreferencesInput.LEARNING_PREFERENCES),
                f.number(PreferencesInput.ADAPTIVE_RATE));
    }

    /** from_user / to_user, or their long names from_user_id / to_user_id, as the original accepts. */
    static RelationInput relation(JsonFields f) {
        String from = f.has("from_user") ? f.text("from_user") : f.text("from_user_id");
        String to = f.has("to_user") ? f.text("to_user") : f.text("to_user_id");
        return new RelationInput(from, to, f.text("relation_type"), f.number("strength"), f.wholeNumber("frequency"),
                f.time("last_interaction"), f.text("relation_name"));
    }

    private static Set<String> sent(JsonFields f) {
        return new HashSet<>(f.object().keySet());
    }
}
