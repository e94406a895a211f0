/** Reviews, learning batches and sessions: the tables of the original's {@code models/orm/learning.py}. */
package dev.botstore.persistence.learning;
