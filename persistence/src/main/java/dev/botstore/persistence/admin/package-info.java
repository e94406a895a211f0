/** The knowledge graph, which only the admin operations touch: the tables of the original's {@code models/orm/knowledge_graph.py}. */
package dev.botstore.persistence.admin;
