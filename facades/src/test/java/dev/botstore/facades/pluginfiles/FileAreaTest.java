package dev.botstore.facades.pluginfiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.error.PayloadTooLargeException;
import dev.botstore.api.error.PreconditionFailedException;
import dev.botstore.api.pluginfiles.FileCleanup;
import dev.botstore.api.pluginfiles.FileInfo;
import dev.botstore.api.pluginfiles.FileListing;
import dev.botstore.api.pluginfiles.FileRead;
import dev.botstore.api.pluginfiles.FileUsage;
import dev.botstore.api.pluginfiles.FileWrite;
import dev.botstore.api.pluginfiles.WriteCondition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file area on a real temporary directory. */
class FileAreaTest {

    private static final String PLUGIN = "alice.weather";

    @TempDir
    Path data;

    private FileArea area() {
        return new FileArea(data, 1000, 5000);
    }

    private Path root() {
        return data.resolve("plugin_data").resolve(PLUGIN);
    }

    @Test
    void writesReadsAndReplacesAFile() throws IOException {
        FileWrite first = write("img/cat.png", "meow");
        assertTrue(first.created());
        assertEquals(4, first.file().size());
        assertEquals("image/png", first.file().contentType());
        assertEquals("meow", read("img/cat.png"));

        FileWrite second = write("img/cat.png", "purr!");
        assertFalse(second.created());
        assertNotEquals(first.file().etag(), second.file().etag());
        assertEquals("purr!", read("img/cat.png"));
        assertEquals(second.file(), area().info(PLUGIN, "img/cat.png").orElseThrow());
        assertEquals(new FileUsage(1, 5), area().usage(PLUGIN));
    }

    @Test
    void filesPutThereByHandAreServed() throws IOException {
        Files.createDirectories(root().resolve("by/hand"));
        Files.writeString(root().resolve("by/hand/notes.txt"), "hello");
        FileInfo info = area().info(PLUGIN, "by/hand/notes.txt").orElseThrow();
        assertEquals("text/plain", info.contentType());
        assertEquals("hello", read("by/hand/notes.txt"));
    }

    @Test
    void absentFilesAndDirectoriesAreNotFound() throws IOException {
        assertTrue(area().info(PLUGIN, "nothing").isEmpty(), "no directory yet");
        assertFalse(Files.exists(root()), "reading does not create the plugin's directory");
        write("dir/file", "x");
        assertTrue(area().info(PLUGIN, "dir").isEmpty());
        assertTrue(area().open(PLUGIN, "dir").isEmpty());
        assertTrue(area().info(PLUGIN, "dir/file/below").isEmpty());
        assertFalse(area().delete(PLUGIN, "dir"));
    }

    @Test
    void conditionsDecideWhetherAWriteHappens() throws IOException {
        FileWrite created = area().write(PLUGIN, "f", stream("one"), 3, WriteCondition.CREATE_ONLY);
        assertThrows(PreconditionFailedException.class,
                () -> area().write(PLUGIN, "f", stream("two"), 3, WriteCondition.CREATE_ONLY));
        assertThrows(PreconditionFailedException.class,
                () -> area().write(PLUGIN, "f", stream("two"), 3, WriteCondition.ifMatch("stale")));
        assertThrows(PreconditionFailedException.class,
                () -> area().write(PLUGIN, "absent", stream("two"), 3, WriteCondition.ifMatch(created.file().etag())));
        assertEquals("one", read("f"));
        area().write(PLUGIN, "f", stream("two"), 3, WriteCondition.ifMatch(created.file().etag()));
        assertEquals("two", read("f"));
        assertNoTemporaries();
    }

    @Test
    void aFileOverTheLimitIsRefusedAndLeavesNothing() throws IOException {
        write("keep", "old");
        assertThrows(PayloadTooLargeException.class, () -> area().write(PLUGIN, "keep", stream("x".repeat(1001)),
                1001, WriteCondition.NONE));
        // without a declared length the limit is found while streaming
        assertThrows(PayloadTooLargeException.class, () -> area().write(PLUGIN, "keep", stream("x".repeat(1001)),
                -1, WriteCondition.NONE));
        assertEquals("old", read("keep"));
        assertNoTemporaries();
    }

    @Test
    void theQuotaCountsEveryFileButTheOneReplaced() throws IOException {
        for (int i = 0; i < 5; i++) {
            write("part" + i, "x".repeat(900));
        }
        assertThrows(PayloadTooLargeException.class, () -> write("part5", "x".repeat(501)));
        assertThrows(PayloadTooLargeException.class, () -> area().write(PLUGIN, "part5",
                stream("x".repeat(501)), -1, WriteCondition.NONE));
        assertEquals(new FileUsage(5, 4500), area().usage(PLUGIN));
        write("part5", "x".repeat(500));
        write("part0", "x".repeat(900)); // replacing frees what it replaces
        assertNoTemporaries();
    }

    @Test
    void anUploadCutOffHalfWayLeavesTheOldFile() throws IOException {
        write("model.bin", "old model");
        InputStream failing = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ < 100) {
                    return 'x';
                }
                throw new IOException("connection reset");
            }
        };
        InvalidInputException cut = assertThrows(InvalidInputException.class,
                () -> area().write(PLUGIN, "model.bin", failing, 500, WriteCondition.NONE));
        assertTrue(cut.getMessage().contains("cut off after 100 bytes of the 500"), cut.getMessage());
        // a stream that just ends early, as a container may report a disconnect
        assertThrows(InvalidInputException.class,
                () -> area().write(PLUGIN, "model.bin", stream("short"), 500, WriteCondition.NONE));
        assertEquals("old model", read("model.bin"));
        assertNoTemporaries();
    }

    @Test
    void concurrentWritersOfOnePathLeaveOneCompleteFile() throws Exception {
        int writers = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<String> contents = new ArrayList<>();
        try {
            List<Future<FileWrite>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String content = Integer.toString(i).repeat(100 + i);
                contents.add(content);
                Callable<FileWrite> task = () -> {
                    go.await();
                    return area().write(PLUGIN, "race", stream(content), -1, WriteCondition.NONE);
                };
                results.add(pool.submit(task));
            }
            go.countDown();
            for (Future<FileWrite> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(contents.contains(read("race")));
        assertNoTemporaries();
    }

    @Test
    void linksOutOfThePluginDirectoryAreRefusedForReadingAndWriting() throws IOException {
        Path outside = Files.createDirectories(data.resolve("outside"));
        Files.writeString(outside.resolve("secret"), "secret");
        Files.createDirectories(root());
        Files.createSymbolicLink(root().resolve("escape"), outside);
        Files.createSymbolicLink(root().resolve("secret-link"), outside.resolve("secret"));

        for (String path : List.of("escape/secret", "secret-link", "escape/new-file")) {
            assertThrows(InvalidInputException.class, () -> area().info(PLUGIN, path), path);
            assertThrows(InvalidInputException.class, () -> area().open(PLUGIN, path), path);
            assertThrows(InvalidInputException.class, () -> write(path, "overwritten"), path);
            assertThrows(InvalidInputException.class, () -> area().delete(PLUGIN, path), path);
        }
        assertEquals("secret", Files.readString(outside.resolve("secret")));
        assertFalse(Files.exists(outside.resolve("new-file")));
        assertEquals(List.of(), area().list(PLUGIN, "", null, 100, null).items(), "links out are not listed");

        Files.writeString(root().resolve("inside"), "fine");
        Files.createSymbolicLink(root().resolve("inside-link"), root().resolve("inside"));
        assertEquals("fine", read("inside-link"));
    }

    @Test
    void aPluginDirectoryThatIsItselfALinkIsRefused() throws IOException {
        Path outside = Files.createDirectories(data.resolve("outside"));
        Files.writeString(outside.resolve("secret"), "secret");
        Files.createDirectories(root().getParent());
        Files.createSymbolicLink(root(), outside);

        assertThrows(InvalidInputException.class, () -> area().info(PLUGIN, "secret"));
        assertThrows(InvalidInputException.class, () -> area().open(PLUGIN, "secret"));
        assertThrows(InvalidInputException.class, () -> write("secret", "overwritten"));
        assertThrows(InvalidInputException.class, () -> write("new-file", "x"));
        assertThrows(InvalidInputException.class, () -> area().delete(PLUGIN, "secret"));
        assertThrows(InvalidInputException.class, () -> area().list(PLUGIN, "", null, 100, null));
        assertThrows(InvalidInputException.class, () -> area().usage(PLUGIN));
        try (Stream<Path> left = Files.list(outside)) {
            assertEquals(List.of("secret"), left.map(p -> p.getFileName().toString()).toList());
        }
        assertEquals("secret", Files.readString(outside.resolve("secret")));
    }

    @Test
    void aPathCannotReplaceADirectoryOrGoThroughAFile() throws IOException {
        write("a/b", "x");
        assertThrows(InvalidInputException.class, () -> write("a", "y"));
        assertThrows(InvalidInputException.class, () -> write("a/b/c", "y"));
        assertEquals("x", read("a/b"));
    }

    @Test
    void temporariesAreNeitherListedNorAddressable() throws IOException {
        write("visible", "v");
        Files.writeString(root().resolve(".upload-1234.tmp"), "half");
        assertEquals(List.of("visible"), paths(area().list(PLUGIN, "", null, 100, null)));
        assertThrows(InvalidInputException.class, () -> area().info(PLUGIN, ".upload-1234.tmp"));
        assertEquals(new FileUsage(1, 1), area().usage(PLUGIN));
    }

    @Test
    void listsInPathOrderWithPrefixDelimiterAndCursor() throws IOException {
        for (String path : List.of("a-c", "a/x", "a/y/z", "a0", "b", "img/cats/1.png", "img/cats/2.png",
                "img/cat.png", "img/dogs/1.png")) {
            write(path, "v");
        }
        assertEquals(List.of("a-c", "a/x", "a/y/z", "a0", "b", "img/cat.png", "img/cats/1.png", "img/cats/2.png",
                "img/dogs/1.png"), paths(area().list(PLUGIN, "", null, 1000, null)));

        FileListing level = area().list(PLUGIN, "img/", "/", 1000, null);
        assertEquals(List.of("img/cat.png"), paths(level));
        assertEquals(List.of("img/cats/", "img/dogs/"), level.commonPrefixes());
        assertNull(level.nextCursor());

        FileListing partialName = area().list(PLUGIN, "img/ca", "/", 1000, null);
        assertEquals(List.of("img/cat.png"), paths(partialName));
        assertEquals(List.of("img/cats/"), partialName.commonPrefixes());
        assertEquals(List.of("img/cats/1.png", "img/cats/2.png"), paths(area().list(PLUGIN, "img/cats", null, 10, null)));

        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            FileListing page = area().list(PLUGIN, "", null, 2, cursor);
            paged.addAll(paths(page));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);
        assertEquals(9, paged.size());
        assertEquals(5, pages);
        assertEquals(paths(area().list(PLUGIN, "", null, 1000, null)), paged);

        FileListing top = area().list(PLUGIN, "", "/", 2, null);
        assertEquals(List.of("a-c"), paths(top));
        assertEquals(List.of("a/"), top.commonPrefixes());
        FileListing rest = area().list(PLUGIN, "", "/", 10, top.nextCursor());
        assertEquals(List.of("a0", "b"), paths(rest));
        assertEquals(List.of("img/"), rest.commonPrefixes());
    }

    @Test
    void listingRefusesBadArguments() {
        assertThrows(InvalidInputException.class, () -> area().list(PLUGIN, "", null, 0, null));
        assertThrows(InvalidInputException.class, () -> area().list(PLUGIN, "", null, 1001, null));
        assertThrows(InvalidInputException.class, () -> area().list(PLUGIN, "", ",", 10, null));
        assertThrows(InvalidInputException.class, () -> area().list(PLUGIN, "", null, 10, "%%%"));
        assertThrows(InvalidInputException.class, () -> area().list(PLUGIN, "../", null, 10, null));
        assertThrows(InvalidInputException.class, () -> area().list("no-dot", "", null, 10, null));
    }

    @Test
    void cleansUpByPrefixAndAge() throws IOException {
        write("temp/old1", "12345");
        write("temp/sub/old2", "123");
        write("temp/new", "1");
        write("keep/old", "1");
        Instant twoDaysAgo = Instant.now().minusSeconds(2 * 86400);
        for (String old : List.of("temp/old1", "temp/sub/old2", "keep/old")) {
            Files.setLastModifiedTime(root().resolve(old), FileTime.from(twoDaysAgo));
        }
        assertEquals(new FileCleanup(2, 8), area().cleanUp(PLUGIN, "temp/", 86400L, false));
        assertEquals(List.of("keep/old", "temp/new"), paths(area().list(PLUGIN, "", null, 100, null)));
        assertFalse(Files.exists(root().resolve("temp/sub")), "emptied directories go");

        assertThrows(InvalidInputException.class, () -> area().cleanUp(PLUGIN, "", null, false));
        assertThrows(InvalidInputException.class, () -> area().cleanUp(PLUGIN, "temp/", -1L, false));
        assertEquals(new FileCleanup(2, 2), area().cleanUp(PLUGIN, "", null, true));
        assertTrue(Files.isDirectory(root()), "the plugin's directory itself stays");
    }

    @Test
    void deletingPrunesEmptiedDirectoriesButNotTheRoot() throws IOException {
        write("a/b/c", "x");
        assertTrue(area().delete(PLUGIN, "a/b/c"));
        assertFalse(area().delete(PLUGIN, "a/b/c"));
        assertFalse(Files.exists(root().resolve("a")));
        assertTrue(Files.isDirectory(root()));
    }

    @Test
    void deleteAllRemovesTheWholeAreaAndCountsIt() throws IOException {
        write("a", "12");
        write("b/c", "345");
        Files.writeString(root().resolve(".upload-x.tmp"), "half");
        assertEquals(new FileUsage(2, 5), area().usage(PLUGIN));
        assertEquals(new FileCleanup(2, 9), area().deleteAll(PLUGIN));
        assertFalse(Files.exists(root()));
        assertEquals(new FileUsage(0, 0), area().usage(PLUGIN));
        assertEquals(new FileCleanup(0, 0), area().deleteAll(PLUGIN));
    }

    @Test
    void aReaderKeepsTheVersionItOpened() throws IOException {
        write("f", "first");
        try (FileRead open = area().open(PLUGIN, "f").orElseThrow()) {
            write("f", "second!");
            ByteBuffer buffer = ByteBuffer.allocate(100);
            open.content().read(buffer);
            assertArrayEquals("first".getBytes(StandardCharsets.UTF_8),
                    Arrays.copyOf(buffer.array(), buffer.position()));
            assertEquals(5, open.info().size());
        }
    }

    private FileWrite write(String path, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return area().write(PLUGIN, path, new ByteArrayInputStream(bytes), bytes.length, WriteCondition.NONE);
    }

    private String read(String path) throws IOException {
        try (FileRead open = area().open(PLUGIN, path).orElseThrow()) {
            ByteBuffer buffer = ByteBuffer.allocate((int) open.info().size());
            while (buffer.hasRemaining() && open.content().read(buffer) > 0) {
                // fill
            }
            return new String(buffer.array(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream stream(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> paths(FileListing listing) {
        return listing.items().stream().map(FileInfo::path).toList();
    }

    private void assertNoTemporaries() throws IOException {
        try (Stream<Path> all = Files.walk(data)) {
            List<Path> temporaries = all.filter(p -> p.getFileName().toString().startsWith(".upload-")
                    && !p.getFileName().toString().equals(QuotaReservation.LOCK_NAME)).toList();
            assertEquals(List.of(), temporaries);
        }
    }
}
