package dev.botstore.api.pluginstore;

/**
 * The outcome of one batch operation, as the HTTP status the same call would have had alone:
 * get 200 (with value and version) or 404; set 201 or 200 (with the new version); delete 204 or 404.
 */
public record BatchResult(int status, String value, Long version) {
}
