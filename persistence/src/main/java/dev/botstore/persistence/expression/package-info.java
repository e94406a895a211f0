/**
 * Expression patterns, style profiles, exemplars and shadow profiles: the tables of the original's
 * {@code models/orm/expression.py}, {@code exemplar.py} and {@code shadow.py}.
 */
package dev.botstore.persistence.expression;
