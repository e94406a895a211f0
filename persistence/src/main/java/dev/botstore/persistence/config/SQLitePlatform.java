package dev.botstore.persistence.config;

import java.util.Hashtable;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.internal.databaseaccess.FieldTypeDefinition;
import org.eclipse.persistence.internal.expressions.ExpressionSQLPrinter;
import org.eclipse.persistence.internal.expressions.SQLSelectStatement;
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

    /**
     * Paging as {@code LIMIT ? OFFSET ?} in the SQL. Without it EclipseLink skips the first rows
     * through the JDBC result set, which SQLite's driver cannot position, so every page would
     * start at the first row.
     */
    @Override
    public void printSQLSelectStatement(DatabaseCall call, ExpressionSQLPrinter printer, SQLSelectStatement statement) {
        int maxRows = statement.getQuery() == null ? 0 : statement.getQuery().getMaxRows();
        int firstRow = statement.getQuery() == null ? 0 : statement.getQuery().getFirstResult();
        if (maxRows <= 0 && firstRow <= 0) {
            super.printSQLSelectStatement(call, printer, statement);
            return;
        }
        statement.setUseUniqueFieldAliases(true);
        call.setFields(statement.printSQL(printer));
        printer.printString(" LIMIT ");
        printer.printParameter(DatabaseCall.MAXROW_FIELD);
        printer.printString(" OFFSET ");
        printer.printParameter(DatabaseCall.FIRSTRESULT_FIELD);
        call.setIgnoreFirstRowSetting(true);
        call.setIgnoreMaxResultsSetting(true);
    }

    /** EclipseLink hands over first + max; LIMIT wants the page size (negative means no limit). */
    @Override
    public int computeMaxRowsForSQL(int firstResultIndex, int maxResults) {
        return maxResults > 0 ? maxResults - Math.max(firstResultIndex, 0) : -1;
    }
}
