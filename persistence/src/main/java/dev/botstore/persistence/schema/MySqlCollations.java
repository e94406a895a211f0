package dev.botstore.persistence.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.persistence.tools.schemaframework.FieldDefinition;
import org.eclipse.persistence.tools.schemaframework.TableDefinition;

/**
 * Keys that compare byte for byte on MySQL and MariaDB. Their {@code utf8mb4_bin} is binary but
 * pads: {@code 'key1 '} equals {@code 'key1'} there, in comparisons and unique keys alike. The
 * entities declare {@code utf8mb4_bin}; the schema sync asks the server for its binary collation
 * that does not pad (MariaDB's {@code utf8mb4_nopad_bin}, MySQL 8's {@code utf8mb4_0900_bin}) and
 * uses that instead, and reads the collations that existing columns have so that a table created
 * under another one (a case-insensitive default, or the padding binary collation) is adopted.
 */
final class MySqlCollations {

    static final String DECLARED = "utf8mb4_bin";
    private static final List<String> EXACT = List.of("utf8mb4_nopad_bin", "utf8mb4_0900_bin");
    private static final Pattern COLLATE = Pattern.compile("(?i)\\bCOLLATE\\s+(\\w+)");

    private MySqlCollations() {
    }

    /** Replaces the declared binary collation in the model by the server's exact one, if it has one. */
    static void useExact(Connection connection, List<TableDefinition> model) throws SQLException {
        String exact = exactBinary(connection);
        for (TableDefinition table : model) {
            for (FieldDefinition field : table.getFields()) {
                String definition = field.getTypeDefinition();
                if (DECLARED.equalsIgnoreCase(declared(field))) {
                    field.setTypeDefinition(COLLATE.matcher(definition).replaceFirst("COLLATE " + exact));
                }
            }
        }
    }

    /** The collation a model column's definition names, or null. */
    static String declared(FieldDefinition field) {
        String definition = field.getTypeDefinition();
        if (definition == null) {
            return null;
        }
        Matcher m = COLLATE.matcher(definition);
        return m.find() ? m.group(1) : null;
    }

    /** The collations of {@code table}'s character columns in the current database, by lower-case column. */
    static Map<String, String> existing(Connection connection, String table) throws SQLException {
        Map<String, String> collations = new HashMap<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT COLUMN_NAME, COLLATION_NAME"
                + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?"
                + " AND COLLATION_NAME IS NOT NULL")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    collations.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getString(2));
                }
            }
        }
        return collations;
    }

    private static String exactBinary(Connection connection) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT COLLATION_NAME FROM information_schema.COLLATIONS WHERE COLLATION_NAME IN (?, ?)")) {
            st.setString(1, EXACT.get(0));
            st.setString(2, EXACT.get(1));
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : DECLARED; // an old server pads; nothing better exists there
            }
        }
    }
}
