package dev.botstore.api.security;

/** The record of admin actions that changed or exported data. */
public interface AuditTrail {

    /** Records one action; {@code details} is JSON text or null. */
    void record(Caller by, String operation, String target, String details);

    AuditPage page(String cursor, int limit);
}
