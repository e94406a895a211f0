package dev.botstore.api.jargon;

/** The row a write left, and whether the write created it. */
public record JargonWrite(JargonEntry entry, boolean created) {
}
