package dev.botstore.api.tables;

/** A column that holds the primary key of a row of {@code table}. */
public record ReferenceInfo(String column, String table) {
}
