package dev.botstore.api.pluginfiles;

import java.util.List;

/**
 * One page of a listing, in path order.
 *
 * @param items          the files of this page
 * @param commonPrefixes with a delimiter, the "directories" one level below the prefix, each ending in {@code /}
 * @param nextCursor     pass it back as {@code cursor} for the next page; null on the last page
 */
public record FileListing(List<FileInfo> items, List<String> commonPrefixes, String nextCursor) {

    public FileListing {
        items = List.copyOf(items);
        commonPrefixes = List.copyOf(commonPrefixes);
    }
}
