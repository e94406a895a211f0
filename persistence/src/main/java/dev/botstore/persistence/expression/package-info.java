/** Expression patterns and style profiles: the tables of the original's {@code models/orm/expression.py}. */
package dev.botstore.persistence.expression;
