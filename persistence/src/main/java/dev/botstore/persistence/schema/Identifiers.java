package dev.botstore.persistence.schema;

/** Quoting of database and schema names that come from configuration, never from requests. */
final class Identifiers {

    private Identifiers() {
    }

    /** PostgreSQL: double quotes, inner quotes doubled; the spelling (and case) is kept exactly. */
    static String postgres(String name) {
        check(name);
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** MySQL: backticks, inner backticks doubled (the original forgot to escape them). */
    static String mysql(String name) {
        check(name);
        return '`' + name.replace("`", "``") + '`';
    }

    private static void check(String name) {
        if (name == null || name.isEmpty() || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a database or schema name must be non-empty and contain no NUL");
        }
    }
}
