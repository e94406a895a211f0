package dev.botstore.persistence.config;

import java.io.IOException;
import java.io.Writer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Hashtable;
import org.eclipse.persistence.exceptions.ConversionException;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.internal.databaseaccess.FieldTypeDefinition;
import org.eclipse.persistence.internal.databaseaccess.PlatformWrapper;
import org.eclipse.persistence.internal.expressions.ExpressionSQLPrinter;
import org.eclipse.persistence.internal.expressions.SQLSelectStatement;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.platform.database.DatabasePlatform;
import org.eclipse.persistence.queries.ValueReadQuery;

/**
 * EclipseLink has no SQLite platform; the generic one cannot read back generated ids, so every
 * insert of an IDENTITY entity would fail. Selected by {@code eclipselink.target-database} in the
 * SQLite datasource file only. Date-times are SQLAlchemy's text ({@link SQLiteDateTimes}), so a
 * database the original plugin uses is read and written in its own format.
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
        FieldTypeDefinition dateTime = new FieldTypeDefinition("DATETIME", false);
        types.put(java.time.LocalDateTime.class, dateTime);
        types.put(java.sql.Timestamp.class, dateTime);
        types.put(java.util.Date.class, dateTime);
        types.put(java.util.Calendar.class, dateTime);
        return types;
    }

    /**
     * A date-time is bound as the text SQLAlchemy writes ({@code 'YYYY-MM-DD HH:MM:SS.ffffff'}), not
     * as the driver's epoch milliseconds, so that the original reads what Botstore writes and text
     * comparisons in SQL agree with the values.
     */
    @Override
    public void setParameterValueInDatabaseCall(Object parameter, PreparedStatement statement, int index,
                                                AbstractSession session) throws SQLException {
        if (!SQLiteDateTimes.bind(statement, index, parameter)) {
            super.setParameterValueInDatabaseCall(parameter, statement, index, session);
        }
    }

    /** A date-time printed into SQL (unbound) is the same text, not a JDBC escape SQLite cannot parse. */
    @Override
    protected void appendTimestamp(java.sql.Timestamp timestamp, Writer writer) throws IOException {
        writer.write("'" + SQLiteDateTimes.format(timestamp) + "'");
    }

    /**
     * Every value is read with the driver's {@code getObject} and handed to EclipseLink wrapped, so
     * that {@link #convertObject(Object, Class)} sees the Java type the query expects (a COUNT's Long,
     * an attribute's type). A date-time column's text (with or without fraction, or a bare date) is
     * read as exactly that wall-clock time; the driver's own parser would take the original's
     * microseconds for milliseconds.
     */
    @Override
    public Object getObjectFromResultSet(ResultSet resultSet, int columnNumber, int type, AbstractSession session)
            throws SQLException {
        if (SQLiteDateTimes.isDateTimeColumn(resultSet.getMetaData(), columnNumber)) {
            return new ReadValue(SQLiteDateTimes.parse(resultSet.getString(columnNumber)));
        }
        return new ReadValue(super.getObjectFromResultSet(resultSet, columnNumber, type, session));
    }

    /** A value read by {@link #getObjectFromResultSet}, to be converted to the type its field expects. */
    private record ReadValue(Object value) implements PlatformWrapper {
    }

    @Override
    public <T> T convertObject(Object sourceObject, Class<T> javaClass) throws ConversionException {
        if (sourceObject instanceof ReadValue read) {
            return read.value() == null || javaClass == null ? cast(read.value()) : super.convertObject(read.value(), javaClass);
        }
        return super.convertObject(sourceObject, javaClass);
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    /**
     * The optimised read path bypasses {@link #getObjectFromResultSet} and reads a date-time with
     * the driver's parser: every value takes the path above instead.
     */
    @Override
    public boolean shouldOptimizeDataConversion() {
        return false;
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
