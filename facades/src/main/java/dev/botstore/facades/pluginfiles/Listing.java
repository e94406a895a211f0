package dev.botstore.facades.pluginfiles;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.input.Paging;
import dev.botstore.api.pluginfiles.FileInfo;
import dev.botstore.api.pluginfiles.FileListing;
import dev.botstore.api.pluginfiles.FilePath;
import dev.botstore.api.pluginfiles.PluginFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * One page of a plugin's files. The cursor is the last path (or common prefix) of the page,
 * base64url-encoded: it stays valid whatever is written or deleted in between, and the next page
 * starts right after it.
 */
final class Listing {

    private Listing() {
    }

    static FileListing of(PluginDirectory directory, String prefix, String delimiter, int limit, String cursor) {
        String p = prefix == null ? "" : prefix;
        List<String> prefixDirectory = FilePath.checkPrefix(p);
        boolean delimited = delimited(delimiter);
        Paging.limit(limit, PluginFiles.MAX_LIST_LIMIT);
        String after = cursor == null || cursor.isEmpty() ? null : decode(cursor);
        List<FileInfo> items = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        String[] last = new String[1];
        boolean[] more = new boolean[1];
        try {
            Optional<Path> root = directory.realRoot(false);
            if (root.isEmpty()) {
                return new FileListing(List.of(), List.of(), null);
            }
            new TreeWalk(root.get(), p, delimited, after).walk(prefixDirectory, new TreeWalk.Visitor() {
                @Override
                public boolean file(String path, Path file, BasicFileAttributes attributes) {
                    return take(path, () -> items.add(FileMetadata.of(path, attributes)));
                }

                @Override
                public boolean commonPrefix(String commonPrefix) {
                    return take(commonPrefix, () -> prefixes.add(commonPrefix));
                }

                private boolean take(String key, Runnable add) {
                    if (items.size() + prefixes.size() == limit) {
                        more[0] = true;
                        return false;
                    }
                    add.run();
                    last[0] = key;
                    return true;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the files of " + directory.lexicalRoot(), e);
        }
        return new FileListing(items, prefixes, more[0] ? encode(last[0]) : null);
    }

    private static boolean delimited(String delimiter) {
        if (delimiter == null || delimiter.isEmpty()) {
            return false;
        }
        if (!delimiter.equals("/")) {
            throw new InvalidInputException("delimiter", "delimiter may only be '/' (or left out)");
        }
        return true;
    }

    static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String cursor) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw new InvalidInputException("cursor", "cursor is not one this server handed out; pass the"
                    + " next_cursor of the previous page unchanged");
        }
    }
}
