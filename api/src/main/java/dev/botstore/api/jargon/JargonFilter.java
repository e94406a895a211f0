package dev.botstore.api.jargon;

/**
 * The filters of the jargon list, count and search. {@code confirmed}: null = any, true = confirmed
 * jargon only, false = not confirmed (false or unset). {@code pendingOnly} in a list or count also
 * requires the inference to be incomplete; in a search it does not (as in the original).
 * {@code globalOnly} wins over {@code localOnly}.
 */
public record JargonFilter(String chatId, Boolean confirmed, boolean pendingOnly, boolean globalOnly,
                           boolean localOnly) {
}
