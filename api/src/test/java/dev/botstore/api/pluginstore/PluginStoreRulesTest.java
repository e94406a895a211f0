package dev.botstore.api.pluginstore;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.botstore.api.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class PluginStoreRulesTest {

    private static final String EMOJI = "\uD83D\uDE00";

    @Test
    void aKeyOf128EmojiFitsBecauseLengthIsCountedInCharacters() {
        PluginStoreRules.checkStoreKey(EMOJI.repeat(PluginStoreRules.MAX_STORE_KEY_CHARS));
        assertThrows(InvalidInputException.class,
                () -> PluginStoreRules.checkStoreKey(EMOJI.repeat(PluginStoreRules.MAX_STORE_KEY_CHARS + 1)));
    }

    @Test
    void aScopeKeyOf256EmojiFits() {
        PluginStoreRules.checkScopeKey("chat_key", EMOJI.repeat(PluginStoreRules.MAX_SCOPE_KEY_CHARS));
        assertThrows(InvalidInputException.class, () -> PluginStoreRules.checkScopeKey("chat_key",
                EMOJI.repeat(PluginStoreRules.MAX_SCOPE_KEY_CHARS + 1)));
    }

    @Test
    void theBatchPathIsNoKey() {
        assertThrows(InvalidInputException.class, () -> PluginStoreRules.checkStoreKey("_batch"));
        PluginStoreRules.checkStoreKey("_batch2");
    }
}
