/**
 * Social entities: the tables of the original plugin's models/orm/social_relation.py and
 * social_analysis.py.
 */
package dev.botstore.persistence.social;
