package dev.botstore.persistence.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void defaultsAreTheOriginals() {
        DatabaseSettings settings = DatabaseSettings.from(name -> null);
        assertEquals("astrbot_self_learning", settings.postgresqlDatabase());
        assertEquals("public", settings.postgresqlSchema());
        assertEquals(5432, settings.postgresqlPort());
        assertEquals(3306, settings.mysqlPort());
        assertEquals(DbType.POSTGRESQL, settings.dbType().orElseThrow());
    }

    @Test
    void theSqliteFileExpandsHomeAndEnvironmentAndIsAbsolute() {
        Map<String, String> env = Map.of("BOTS", "/srv/bots");
        DatabaseSettings explicit = DatabaseSettings.from(Map.of("messages_db_path", "${BOTS}/m.db")::get);
        assertEquals(Path.of("/srv/bots/m.db"), explicit.sqliteFile(env::get));

        DatabaseSettings home = DatabaseSettings.from(Map.of("messages_db_path", "~/m.db")::get);
        assertEquals(Path.of(System.getProperty("user.home"), "m.db"), home.sqliteFile(env::get));

        DatabaseSettings fromDataDir = DatabaseSettings.from(Map.of("data_dir", "rel/dir")::get);
        assertEquals(Path.of("rel/dir/messages.db").toAbsolutePath(), fromDataDir.sqliteFile(env::get));

        DatabaseSettings unknown = DatabaseSettings.from(Map.of("messages_db_path", "/x/$NOPE/m.db")::get);
        assertEquals(Path.of("/x/$NOPE/m.db"), unknown.sqliteFile(env::get), "unknown variables stay as written");
    }

    @Test
    void aBadPortSaysWhichSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatabaseSettings.from(Map.of("postgresql_port", "54x")::get));
        assertEquals("postgresql_port must be a port number between 1 and 65535, not '54x'", e.getMessage());
    }
}
