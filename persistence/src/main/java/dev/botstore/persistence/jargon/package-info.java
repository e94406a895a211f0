/** Jargon terms and their usage: the tables of the original's {@code models/orm/jargon.py}. */
package dev.botstore.persistence.jargon;
