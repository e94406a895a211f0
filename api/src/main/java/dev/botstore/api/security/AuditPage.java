package dev.botstore.api.security;

import java.util.List;

/** Audit entries newest first, and the cursor of the next page (null on the last). */
public record AuditPage(List<AuditEntry> entries, String nextCursor) {
}
