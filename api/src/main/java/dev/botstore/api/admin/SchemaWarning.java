package dev.botstore.api.admin;

/** A schema step that could not be applied; the sync went on with the others. */
public record SchemaWarning(String kind, String table, String name, String statement, String message) {
}
