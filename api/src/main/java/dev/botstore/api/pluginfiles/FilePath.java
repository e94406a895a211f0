package dev.botstore.api.pluginfiles;

import dev.botstore.api.error.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules for a path in a plugin's file area (spec: plugin-storage.md, "Paths"): relative,
 * {@code /}-separated, at most 1024 bytes of UTF-8; no empty, {@code .} or {@code ..} segment, no
 * backslash, no control character (NUL included), no leading {@code /}, no drive letter. The check
 * is purely textual and runs on the decoded path; whether the resolved path stays inside the
 * plugin's directory once symbolic links are followed is the file area's own second check.
 *
 * <p>Names starting with {@value #UPLOAD_PREFIX} are reserved for uploads in progress, so no call
 * can read, overwrite or list a half-written file.
 */
public final class FilePath {

    public static final int MAX_BYTES = 1024;
    /** The longest file or directory name most file systems accept (NAME_MAX). */
    public static final int MAX_SEGMENT_BYTES = 255;
    public static final String UPLOAD_PREFIX = ".upload-";

    private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:.*", Pattern.DOTALL);

    private FilePath() {
    }

    /**
     * Checks a file path and returns its segments.
     *
     * @throws InvalidInputException naming the rule the path breaks
     */
    public static List<String> check(String path) {
        return check("path", path);
    }

    /**
     * Checks a listing or clean-up prefix: empty, or a path, or a path followed by {@code /}, or
     * such a directory part followed by the start of a name. Returns the segments of the
     * directory part, the one place a listing has to look.
     */
    public static List<String> checkPrefix(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return List.of();
        }
        checkCharacters("prefix", prefix);
        int slash = prefix.lastIndexOf('/');
        if (slash < 0) {
            return List.of();
        }
        if (slash == 0) {
            throw new InvalidInputException("prefix", "prefix must be relative: it starts with '/'");
        }
        return check("prefix", prefix.substring(0, slash));
    }

    private static List<String> check(String field, String path) {
        if (path == null || path.isEmpty()) {
            throw new InvalidInputException(field, field + " must not be empty");
        }
        checkCharacters(field, path);
        if (path.startsWith("/")) {
            throw new InvalidInputException(field, field + " must be relative: it starts with '/'");
        }
        if (DRIVE.matcher(path).matches()) {
            throw new InvalidInputException(field, field + " must not start with a drive letter such as 'C:'");
        }
        List<String> segments = List.of(path.split("/", -1));
        for (int i = 0; i < segments.size(); i++) {
            checkSegment(field, segments.get(i), i);
        }
        return segments;
    }

    private static void checkSegment(String field, String segment, int index) {
        String where = " (segment " + (index + 1) + ")";
        if (segment.isEmpty()) {
            throw new InvalidInputException(field, field + " has an empty segment" + where
                    + ": no '//', and no '/' at the end");
        }
        if (segment.equals(".") || segment.equals("..")) {
            throw new InvalidInputException(field, field + " has a '" + segment + "' segment" + where
                    + "; '.' and '..' are not allowed");
        }
        if (segment.startsWith(UPLOAD_PREFIX)) {
            throw new InvalidInputException(field, field + " has a name starting with '" + UPLOAD_PREFIX + "'"
                    + where + ", which is reserved for uploads in progress");
        }
        if (utf8Length(segment) > MAX_SEGMENT_BYTES) {
            throw new InvalidInputException(field, field + " has a name longer than " + MAX_SEGMENT_BYTES
                    + " bytes" + where);
        }
    }

    /** The rules that apply to every character, for paths and prefixes alike. */
    private static void checkCharacters(String field, String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (Character.isISOControl(c)) {
                throw new InvalidInputException(field, field + " contains a control character (U+"
                        + String.format("%04X", (int) c) + ") at position " + i);
            }
            if (c == '\\') {
                throw new InvalidInputException(field, field + " contains a backslash at position " + i
                        + "; separate segments with '/'");
            }
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < path.length()
                    && Character.isLowSurrogate(path.charAt(i + 1)))
                    && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(path.charAt(i - 1)))) {
                throw new InvalidInputException(field, field + " is not valid UTF-8 (a lone surrogate at position "
                        + i + ")");
            }
        }
        int bytes = utf8Length(path);
        if (bytes > MAX_BYTES) {
            throw new InvalidInputException(field, field + " is " + bytes + " bytes long in UTF-8; at most "
                    + MAX_BYTES + " are allowed");
        }
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
