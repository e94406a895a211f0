/** Chat messages and memories: the tables of the original's {@code models/orm/message.py} and {@code memory.py}. */
package dev.botstore.persistence.message;
