/** Aggregate queries behind the metrics operations: counts and daily trends computed by the database. */
package dev.botstore.persistence.metrics;
