/**
 * Chat messages, memories and conversation goals: the tables of the original's {@code models/orm/message.py},
 * {@code memory.py} and {@code conversation_goal.py}.
 */
package dev.botstore.persistence.message;
