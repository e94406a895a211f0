package dev.botstore.persistence.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The original's clean-up categories, in the order a full clean-up runs them, each with its tables
 * in deletion order: children before parents. Unlike the original, {@code messages} deletes
 * {@code conversation_quality_metrics} before the {@code bot_messages} it references, and the two
 * tables the original never cleared belong to a category: {@code persona_change_snapshots} (the
 * persona before and after an applied review) to {@code persona_reviews}, {@code shadow_profiles}
 * (a participant's language-behaviour profile) to {@code style_learning}. Together the categories
 * cover all 59 tables of the original; Botstore's own {@code plugin_data} is not learning data.
 */
public enum DataCategory {
    MESSAGES("raw_messages", "filtered_messages", "conversation_quality_metrics", "bot_messages",
            "conversation_context", "conversation_topic_clustering", "context_similarity_cache"),
    PERSONA_REVIEWS("persona_change_snapshots", "persona_update_reviews", "persona_backups",
            "persona_evolution_snapshots", "persona_attribute_weights", "persona_diversity_scores"),
    STYLE_LEARNING("expression_generation_results", "expression_patterns", "style_learning_reviews",
            "style_learning_patterns", "adaptive_response_templates", "style_profiles", "style_learning_records",
            "language_style_patterns", "exemplar", "shadow_profiles"),
    JARGON("jargon_usage_frequency", "jargon"),
    LEARNING_HISTORY("learning_batches", "learning_sessions", "learning_reinforcement_feedback",
            "learning_optimization_log", "learning_performance_history", "reinforcement_learning_results",
            "persona_fusion_history", "strategy_optimization_results", "interaction_records"),
    MEMORY("memory_embeddings", "memory_summaries", "memories"),
    KNOWLEDGE_GRAPH("kg_paragraph_hashes", "kg_relations", "kg_entities"),
    RUNTIME_STATE("affection_interactions", "user_affections", "user_conversation_history", "user_diversity",
            "psychological_state_components", "composite_psychological_states", "psychological_state_history",
            "emotion_profiles", "bot_mood", "user_social_relation_components", "user_social_profiles",
            "social_relation_history", "social_relations", "social_network_edges", "social_network_nodes",
            "social_relation_analysis_results", "user_preferences", "user_profiles", "conversation_goals");

    /**
     * What the message collector's "clear all data" (the original's {@code clear_all_messages_data})
     * removes: the collected messages and the learning results derived from them.
     */
    public static final List<String> COLLECTED_MESSAGES = List.of("filtered_messages", "raw_messages",
            "learning_batches", "reinforcement_learning_results", "persona_fusion_history",
            "strategy_optimization_results", "learning_performance_history");

    private final List<String> tables;

    DataCategory(String... tables) {
        this.tables = List.of(tables);
    }

    /** The category key of the original: {@code messages}, {@code persona_reviews}, ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public List<String> tables() {
        return tables;
    }

    public static Optional<DataCategory> of(String key) {
        return Arrays.stream(values()).filter(c -> c.key().equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(DataCategory::key).toList();
    }
}
