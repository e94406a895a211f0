/**
 * Psychological-state entities: the state, component, history and emotion-profile tables of the
 * original plugin's models/orm/psychological.py.
 */
package dev.botstore.persistence.psychological;
