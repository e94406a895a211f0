/**
 * Persona entities: the persona backup, diversity, attribute-weight and evolution-snapshot tables of
 * the original plugin's models/orm/psychological.py.
 */
package dev.botstore.persistence.persona;
