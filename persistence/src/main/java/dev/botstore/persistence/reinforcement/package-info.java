/**
 * Reinforcement entities: the tables of the original plugin's models/orm/reinforcement.py and
 * performance.py (the reinforcement facade reads the performance history).
 */
package dev.botstore.persistence.reinforcement;
