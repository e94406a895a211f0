package dev.botstore.persistence.config;

import java.util.Hashtable;
import org.eclipse.persistence.internal.databaseaccess.FieldTypeDefinition;
import org.eclipse.persistence.platform.database.DatabasePlatform;
import org.eclipse.persistence.queries.ValueReadQuery;

/**
 * EclipseLink has no SQLite platform; the generic one cannot read back generated ids, so every
 * insert of an IDENTITY entity would fail. Selected by {@code eclipselink.target-database} in the
 * SQLite datasource file only.
 */
public class SQLitePlatform extends DatabasePlatform {

    public SQLitePlatform() {
        setPingSQL("SELECT 1");
    }

    @Override
    public boolean supportsIdentity() {
        return true;
    }

    @Override
    public ValueReadQuery buildSelectQueryForIdentity() {
        ValueReadQuery query = new ValueReadQuery();
        query.setSQLString("SELECT last_insert_rowid()");
        return query;
    }

    /**
     * Integers are declared exactly {@code INTEGER}: only then does a single-column integer primary
     * key become SQLite's rowid alias and get its value assigned on insert.
     */
    @Override
    protected Hashtable<Class<?>, FieldTypeDefinition> buildFieldTypes() {
        Hashtable<Class<?>, FieldTypeDefinition> types = super.buildFieldTypes();
        FieldTypeDefinition integer = new FieldTypeDefinition("INTEGER", false);
        for (Class<?> type : new Class<?>[] {Long.class, Integer.class, Short.class, Byte.class,
                java.math.BigInteger.class, Boolean.class}) {
            types.put(type, integer);
        }
        types.put(java.sql.Clob.class, new FieldTypeDefinition("TEXT", false));
        types.put(Character[].class, new FieldTypeDefinition("TEXT", false));
        types.put(char[].class, new FieldTypeDefinition("TEXT", false));
        types.put(Double.class, new FieldTypeDefinition("FLOAT", false));
        types.put(Float.class, new FieldTypeDefinition("FLOAT", false));
        types.put(java.time.LocalDateTime.class, new FieldTypeDefinition("TIMESTAMP", false));
        return types;
    }

    /** SQLite has no {@code SELECT ... FOR UPDATE}; its write lock covers the whole database. */
    @Override
    public String getSelectForUpdateString() {
        return "";
    }
}
