package dev.botstore.api.pluginfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.botstore.api.error.InvalidInputException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FilePathTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "a/b/c.png", "temp/2026-01-01.log", "名前/ファイル.txt", ".hidden", "..x", "x..",
            "a/.b", "%2e%2e", "ab:/c", "1:x"})
    void acceptsOrdinaryPaths(String path) {
        assertEquals(List.of(path.split("/")), FilePath.check(path));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "../x|'..' segment",
            "a/../../x|'..' segment",
            "a/./b|'.' segment",
            ".|'.' segment",
            "a/..|'..' segment",
            "/etc/passwd|starts with '/'",
            "a//b|empty segment",
            "a/|empty segment",
            "a\\b|backslash",
            "C:/Windows|drive letter",
            "c:x|drive letter",
            ".upload-1234.tmp|reserved for uploads",
            "a/.upload-x|reserved for uploads"})
    void refusesEachBrokenRuleByName(String path, String rule) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> FilePath.check(path));
        assertEquals("path", refused.field());
        assertTrue(refused.getMessage().contains(rule), refused.getMessage());
    }

    @Test
    void refusesEmptyNullAndControlCharacters() {
        assertTrue(refusal("").contains("must not be empty"));
        assertTrue(refusal(null).contains("must not be empty"));
        assertTrue(refusal("a\u0000b").contains("control character (U+0000) at position 1"));
        assertTrue(refusal("a\nb").contains("control character"));
        assertTrue(refusal("a\u007fb").contains("control character"));
    }

    @Test
    void limitsTheLengthIn8BitBytesNotCharacters() {
        String exactly = ("a".repeat(200) + "/").repeat(5) + "b".repeat(19); // 1005 + 19 = 1024 bytes
        assertEquals(1024, exactly.length());
        FilePath.check(exactly);
        assertTrue(refusal(exactly + "c").contains("1025 bytes long"));
        // 342 three-byte characters are 1026 bytes though only 342 characters
        String wide = ("語".repeat(80) + "/").repeat(4) + "語".repeat(22);
        assertTrue(refusal(wide).contains("bytes long"), refusal(wide));
    }

    @Test
    void refusesNamesLongerThanTheFileSystemTakes() {
        FilePath.check("n".repeat(255));
        assertTrue(refusal("n".repeat(256)).contains("longer than 255 bytes"));
    }

    @Test
    void refusesALoneSurrogate() {
        assertTrue(refusal("a\uD800b").contains("not valid UTF-8"));
        FilePath.check("emoji-\uD83D\uDE00.png");
    }

    @Test
    void prefixesMayEndInSlashOrInThePartOfAName() {
        assertEquals(List.of(), FilePath.checkPrefix(""));
        assertEquals(List.of(), FilePath.checkPrefix(null));
        assertEquals(List.of(), FilePath.checkPrefix("tem"));
        assertEquals(List.of("temp"), FilePath.checkPrefix("temp/"));
        assertEquals(List.of("img", "cats"), FilePath.checkPrefix("img/cats/ti"));
        assertThrows(InvalidInputException.class, () -> FilePath.checkPrefix("../"));
        assertThrows(InvalidInputException.class, () -> FilePath.checkPrefix("/etc/"));
        assertThrows(InvalidInputException.class, () -> FilePath.checkPrefix("a//b"));
        assertThrows(InvalidInputException.class, () -> FilePath.checkPrefix("a\\b"));
        InvalidInputException nul = assertThrows(InvalidInputException.class, () -> FilePath.checkPrefix("a\u0000"));
        assertEquals("prefix", nul.field());
    }

    private static String refusal(String path) {
        return assertThrows(InvalidInputException.class, () -> FilePath.check(path)).getMessage();
    }
}
