package dev.botstore.api.security;

/** What an admin asks for when creating a key: {@code {"name", "role", "plugin"}}. */
public record NewApiKey(String name, String role, String plugin) {
}
