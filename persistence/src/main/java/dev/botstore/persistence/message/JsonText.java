package dev.botstore.persistence.message;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.eclipse.persistence.internal.databaseaccess.BindCallCustomParameter;
import org.eclipse.persistence.internal.databaseaccess.DatabasePlatform;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.converters.Converter;
import org.eclipse.persistence.sessions.Session;

/**
 * Maps JSON text held in a String attribute to a native {@code JSON} column. PostgreSQL refuses a
 * {@code varchar} parameter for a {@code json} column, so there the text is bound untyped and the
 * server casts it; MySQL and SQLite take it as plain text. Reads give the text back unchanged.
 */
public class JsonText implements Converter {

    /** The converter name for {@code @Convert}. */
    public static final String NAME = "json-text";

    private static final long serialVersionUID = 1L;

    @Override
    public Object convertObjectValueToDataValue(Object objectValue, Session session) {
        return objectValue == null ? null : new Parameter(objectValue.toString());
    }

    @Override
    public Object convertDataValueToObjectValue(Object dataValue, Session session) {
        // PostgreSQL's driver returns its own object for json; its text is the value.
        return dataValue == null ? null : dataValue.toString();
    }

    @Override
    public boolean isMutable() {
        return false;
    }

    @Override
    public void initialize(DatabaseMapping mapping, Session session) {
        // nothing to set up
    }

    /** The bound value: untyped on PostgreSQL, a plain string elsewhere. */
    static final class Parameter extends BindCallCustomParameter {

        private static final long serialVersionUID = 1L;

        Parameter(String json) {
            super(json);
        }

        @Override
        public void set(DatabasePlatform platform, PreparedStatement statement, int index, AbstractSession session)
                throws SQLException {
            if (platform.isPostgreSQL()) {
                statement.setObject(index, obj, Types.OTHER);
            } else {
                statement.setString(index, (String) obj);
            }
        }
    }
}
