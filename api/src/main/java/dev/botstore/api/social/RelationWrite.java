package dev.botstore.api.social;

/** The relation after a save, and whether the save created it. */
public record RelationWrite(RelationComponent relation, boolean created) {
}
