package dev.botstore.persistence.support;

import dev.botstore.persistence.config.DbType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DDL the original plugin emits on an empty database of each backend (test resources
 * {@code upstream-schema/<backend>.sql}, copied from the shared fixtures): what a user migrating
 * to Botstore brings.
 */
public final class UpstreamFixture {

    private static final Pattern CREATE_TABLE = Pattern.compile("^CREATE TABLE (\\w+)", Pattern.CASE_INSENSITIVE);

    private UpstreamFixture() {
    }

    /** The statements of the fixture, in order, without their terminating semicolons. */
    public static List<String> statements(DbType type) {
        String resource = "/upstream-schema/" + type.id() + ".sql";
        try (InputStream in = UpstreamFixture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> statements = new ArrayList<>();
            // The fixture holds DDL only: no string literal contains a semicolon at a line end.
            for (String part : text.split(";\\s*(\\n|$)")) {
                if (!part.isBlank()) {
                    statements.add(part.strip());
                }
            }
            return statements;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 59 tables of the original, lower case, in fixture order. */
    public static List<String> tables(DbType type) {
        List<String> tables = new ArrayList<>();
        for (String statement : statements(type)) {
            Matcher m = CREATE_TABLE.matcher(statement);
            if (m.find()) {
                tables.add(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    /** Builds the original's schema in the (empty) database. */
    public static void load(TestDatabase db) throws SQLException {
        try (Connection c = db.connection(); Statement st = c.createStatement()) {
            for (String statement : statements(db.type())) {
                st.execute(statement);
            }
        }
    }
}
