package dev.botstore.api.jargon;

/** One chat holding jargon; the original repeats the chat id under four keys. */
public record JargonGroup(String groupId, String groupName, String id, String chatId, long count) {

    public static JargonGroup of(String chatId, long count) {
        String id = chatId == null ? "" : chatId;
        return new JargonGroup(id, id, id, id, count);
    }
}
