package dev.botstore.web.security;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.botstore.api.security.Caller;
import dev.botstore.api.security.Roles;
import org.junit.jupiter.api.Test;

class RoleCheckTest {

    private static final Caller ADMIN = new Caller(1, "ops", Roles.ADMIN, null);
    private static final Caller BOT = new Caller(2, "bot", Roles.BOT, null);
    private static final Caller WEATHER = new Caller(3, "weather", Roles.PLUGIN, "alice.weather");
    private static final Caller METRICS = new Caller(4, "prometheus", Roles.METRICS, null);

    @Test
    void anAdminMayCallEveryDeclaredOperation() {
        for (String role : Roles.ALL) {
            assertNull(new RoleCheck(role).refusal(ADMIN, "any.plugin"));
        }
    }

    @Test
    void aPluginKeyReachesItsOwnPluginOnly() {
        RoleCheck plugin = new RoleCheck(Roles.PLUGIN);
        assertNull(plugin.refusal(WEATHER, "alice.weather"));
        assertTrue(plugin.refusal(WEATHER, "bob.notes").contains("bound to plugin alice.weather"));
        assertTrue(plugin.refusal(BOT, "alice.weather").contains("role plugin"));
        assertTrue(new RoleCheck(Roles.BOT).refusal(WEATHER, null).contains("role bot"));
    }

    @Test
    void aRefusalNamesTheRoleNeededAndAnUndeclaredOperationIsRefusedToEveryone() {
        assertTrue(new RoleCheck(Roles.ADMIN).refusal(BOT, null).contains("needs a key of role admin"));
        assertTrue(new RoleCheck(Roles.BOT).refusal(METRICS, null).contains("role bot or admin"));
        assertTrue(new RoleCheck(null).refusal(ADMIN, null).contains("not in the access policy"));
    }
}
