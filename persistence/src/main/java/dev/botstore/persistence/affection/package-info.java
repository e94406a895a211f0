/**
 * Affection and mood entities: the tables of the original plugin's models/orm/affection.py, and
 * bot_mood from psychological.py (the affection facade uses it).
 */
package dev.botstore.persistence.affection;
