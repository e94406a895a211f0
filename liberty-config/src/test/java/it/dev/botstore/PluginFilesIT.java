package it.dev.botstore;

import static it.dev.botstore.support.FileAreaDisk.dataDir;
import static it.dev.botstore.support.FileAreaDisk.limitsOverride;
import static it.dev.botstore.support.FileAreaDisk.names;
import static it.dev.botstore.support.FileAreaDisk.pluginDir;
import static it.dev.botstore.support.FileAreaDisk.snapshot;
import static it.dev.botstore.support.FileAreaDisk.temporaries;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.botstore.api.pluginfiles.FileWrite;
import dev.botstore.api.pluginfiles.PluginFiles;
import dev.botstore.api.pluginfiles.WriteCondition;
import it.dev.botstore.support.Deployments;
import it.dev.botstore.support.GeneratedBytes;
import it.dev.botstore.support.Http;
import it.dev.botstore.support.ItDatabase;
import it.dev.botstore.support.ProbeAdminMechanism;
import it.dev.botstore.support.RawHttp;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.lang.management.ManagementFactory;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The plugin file area end to end: streaming, atomic replacement, ranges and conditions, listing
 * and clean-up, and every kind of path that must not reach outside a plugin's directory. One
 * method runs inside the server to measure what an upload allocates.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PluginFilesIT {

    private static final String API = "/api/v1/plugins/";
    private static final long MIB = 1024 * 1024;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.botstoreEarWithProbe(PluginFilesIT.class, GeneratedBytes.class, ProbeAdminMechanism.class);
    }

    @BeforeAll
    static void ready() throws Exception {
        if (System.getProperty("it.server.dir") == null) {
            return; // inside the server: nothing to wait for
        }
        ItDatabase.require();
        Http.awaitStatus("/health/ready", 200, Duration.ofSeconds(60));
    }

    @BeforeAll
    static void defaultLimits() throws IOException {
        restoreLimits(); // in case an interrupted run left its override behind
    }

    @AfterAll
    static void restoreLimits() throws IOException {
        if (System.getProperty("it.server.dir") != null) {
            Files.deleteIfExists(limitsOverride());
        }
    }

    /** Runs in the server: the facade copies 50 MiB while this thread allocates a small fraction of that. */
    @Test
    @Order(1)
    void fiftyMebibytesStreamThroughTheFacadeWithoutBeingHeldInMemory() throws Exception {
        PluginFiles files = InitialContext.doLookup("java:app/botstore-facades/PluginFilesFacade!"
                + PluginFiles.class.getName());
        long size = 50 * MIB;
        long before = allocatedByThisThread();
        FileWrite written = files.write("files_it.heap", "big/generated.bin", new GeneratedBytes(size, 7), size,
                WriteCondition.NONE);
        long allocated = allocatedByThisThread() - before;
        System.out.println("PluginFilesIT: a 50 MiB write through the facade allocated " + allocated
                + " bytes on the calling thread");
        assertEquals(size, written.file().size());
        assertTrue(allocated < 4 * MIB, "a 50 MiB upload allocated " + allocated + " bytes: it is being buffered");
        assertEquals(1, files.deleteAll("files_it.heap").deleted());
    }

    /**
     * Runs in the server: a 50 MiB PUT over HTTP, from this thread to the server's own port, while
     * every thread of the server's JVM together allocates a small fraction of that. The request
     * thread, Liberty's HTTP channel and JAX-RS are all counted, so none of them holds the body.
     */
    @Test
    @Order(2)
    void fiftyMebibytesOverRestAllocateLittleInTheWholeServer() throws Exception {
        long size = 50 * MIB;
        int port = (Integer) ManagementFactory.getPlatformMBeanServer().getAttribute(
                new ObjectName("WebSphere:feature=channelfw,type=endpoint,name=defaultHttpEndpoint"), "Port");
        HttpURLConnection put = (HttpURLConnection) URI.create("http://localhost:" + port + API
                + "files_it.heap/files/over-rest.bin").toURL().openConnection();
        put.setRequestMethod("PUT");
        put.setDoOutput(true);
        put.setFixedLengthStreamingMode(size);
        put.setRequestProperty("Content-Type", "application/octet-stream");
        put.setRequestProperty("Authorization", "Bearer " + System.getenv("ADMIN_API_KEY"));
        long before = allocatedByAllThreads();
        try (OutputStream out = put.getOutputStream(); InputStream in = new GeneratedBytes(size, 2)) {
            in.transferTo(out);
        }
        int status = put.getResponseCode();
        long allocated = allocatedByAllThreads() - before;
        put.disconnect();
        System.out.println("PluginFilesIT: a 50 MiB PUT over REST allocated " + allocated
                + " bytes in all threads of the server together");
        assertEquals(201, status);
        assertTrue(allocated < 25 * MIB, "a 50 MiB upload allocated " + allocated + " bytes in the server");
    }

    @Test
    @RunAsClient
    void fiftyMebibytesUploadOverRestAndReadBackWhole() throws Exception {
        String file = API + "files_it.big/files/models/big.bin";
        long size = 50 * MIB;
        HttpResponse<String> put = Http.send(Http.request(file).header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedBytes(size, 1)), size)));
        assertEquals(201, put.statusCode(), put.body());
        String etag = put.headers().firstValue("ETag").orElseThrow();
        assertTrue(put.body().contains("\"size\":" + size), put.body());

        HttpResponse<String> head = Http.send(Http.request(file).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, head.statusCode());
        assertEquals(etag, head.headers().firstValue("ETag").orElseThrow());
        assertEquals(Long.toString(size), head.headers().firstValue("Content-Length").orElseThrow());

        HttpResponse<InputStream> get = Http.sendForStream(Http.request(file));
        assertEquals(200, get.statusCode());
        assertEquals(etag, get.headers().firstValue("ETag").orElseThrow());
        try (InputStream body = get.body()) {
            assertEquals(digest(new GeneratedBytes(size, 1)), digest(body));
        }
        assertEquals(size, Files.size(pluginDir("files_it.big").resolve("models/big.bin")));
    }

    @Test
    @RunAsClient
    void aClientThatDisconnectsHalfWayLeavesThePreviousVersion() throws Exception {
        String target = API + "files_it.cut/files/model.bin";
        assertEquals(201, putBytes(target, "version 1".getBytes(StandardCharsets.UTF_8)).statusCode());

        RawHttp.abandonUpload(target, 20 * MIB, 10 * MIB);

        Path dir = pluginDir("files_it.cut");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!temporaries(dir).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(List.of(), temporaries(dir), "no temporary file is left behind");
        assertEquals("version 1", Http.get(target).body());
        assertEquals(List.of("model.bin"), names(dir));
    }

    @Test
    @RunAsClient
    void twoConcurrentUploadsToOnePathLeaveOneOfThemWhole() throws Exception {
        String target = API + "files_it.race/files/shared.bin";
        byte[] a = new byte[(int) (8 * MIB)];
        byte[] b = new byte[(int) (8 * MIB)];
        Arrays.fill(a, (byte) 'a');
        Arrays.fill(b, (byte) 'b');
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (byte[] content : List.of(a, b)) {
                statuses.add(pool.submit(() -> {
                    go.await();
                    return putBytes(target, content).statusCode();
                }));
            }
            go.countDown();
            int created = 0;
            for (Future<Integer> status : statuses) {
                int code = status.get();
                assertTrue(code == 200 || code == 201, "both uploads succeed, got " + code);
                created += code == 201 ? 1 : 0;
            }
            assertEquals(1, created, "one of them created the file, the other replaced it");
        } finally {
            pool.shutdownNow();
        }
        byte[] result = Files.readAllBytes(pluginDir("files_it.race").resolve("shared.bin"));
        assertTrue(Arrays.equals(result, a) || Arrays.equals(result, b),
                "the file is one upload, whole, not a mixture");
        assertEquals(List.of(), temporaries(pluginDir("files_it.race")));
    }

    @Test
    @RunAsClient
    void rangesConditionsAndHead() {
        String file = API + "files_it.range/files/data/hundred.bin";
        byte[] hundred = new byte[100];
        for (int i = 0; i < hundred.length; i++) {
            hundred[i] = (byte) i;
        }
        HttpResponse<String> put = putBytes(file, hundred);
        String etag = put.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> part = Http.sendForBytes(Http.request(file).header("Range", "bytes=10-19"));
        assertEquals(206, part.statusCode());
        assertArrayEquals(Arrays.copyOfRange(hundred, 10, 20), part.body());
        assertEquals("bytes 10-19/100", part.headers().firstValue("Content-Range").orElseThrow());
        assertEquals("10", part.headers().firstValue("Content-Length").orElseThrow());

        HttpResponse<byte[]> tail = Http.sendForBytes(Http.request(file).header("Range", "bytes=-5"));
        assertEquals(206, tail.statusCode());
        assertArrayEquals(Arrays.copyOfRange(hundred, 95, 100), tail.body());

        HttpResponse<String> outside = Http.send(Http.request(file).header("Range", "bytes=100-"));
        assertEquals(416, outside.statusCode(), outside.body());
        assertEquals("bytes */100", outside.headers().firstValue("Content-Range").orElseThrow());
        assertTrue(outside.body().contains("\"status\":416"), outside.body());

        HttpResponse<byte[]> several = Http.sendForBytes(Http.request(file).header("Range", "bytes=0-1,5-6"));
        assertEquals(200, several.statusCode());
        assertArrayEquals(hundred, several.body());

        HttpResponse<String> unchanged = Http.send(Http.request(file).header("If-None-Match", etag));
        assertEquals(304, unchanged.statusCode());
        assertEquals(etag, unchanged.headers().firstValue("ETag").orElseThrow());

        HttpResponse<String> head = Http.send(Http.request(file).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals("100", head.headers().firstValue("Content-Length").orElseThrow());
        assertEquals(etag, head.headers().firstValue("ETag").orElseThrow());
        assertEquals("bytes", head.headers().firstValue("Accept-Ranges").orElseThrow());
        assertTrue(head.headers().firstValue("Last-Modified").isPresent());
        assertEquals("application/octet-stream", head.headers().firstValue("Content-Type").orElseThrow());

        assertEquals(404, Http.send(Http.request(API + "files_it.range/files/data/none.bin")
                .method("HEAD", HttpRequest.BodyPublishers.noBody())).statusCode());
    }

    @Test
    @RunAsClient
    void conditionalWritesAndDeletes() {
        String file = API + "files_it.cond/files/state.json";
        HttpResponse<String> created = Http.send(Http.request(file).header("If-None-Match", "*")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"v\":1}")));
        assertEquals(201, created.statusCode(), created.body());
        String etag = created.headers().firstValue("ETag").orElseThrow();
        assertTrue(created.body().contains("\"content_type\":\"application/json\""), created.body());

        HttpResponse<String> again = Http.send(Http.request(file).header("If-None-Match", "*")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"v\":2}")));
        assertEquals(412, again.statusCode(), again.body());
        HttpResponse<String> stale = Http.send(Http.request(file).header("If-Match", "\"stale\"")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"v\":2}")));
        assertEquals(412, stale.statusCode());
        assertEquals("{\"v\":1}", Http.get(file).body());

        HttpResponse<String> replaced = Http.send(Http.request(file).header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"v\":2}")));
        assertEquals(200, replaced.statusCode(), replaced.body());
        assertEquals("application/json", Http.get(file).headers().firstValue("Content-Type").orElseThrow());

        assertEquals(204, Http.delete(file).statusCode());
        assertEquals(404, Http.delete(file).statusCode());
        assertEquals(404, Http.get(file).statusCode());
    }

    /** A refused request is the caller's mistake, answered with problem+json: not an error line in the server's log. */
    @Test
    @RunAsClient
    void refusedRequestsAreNotLoggedAsServerErrors() throws IOException {
        assertEquals(400, putBytes(API + "files_it.log/files/a/./b", new byte[] {1}).statusCode());
        assertEquals(400, Http.get(API + "files_it.log/files?limit=many").statusCode());
        String log = Files.readString(ItDatabase.serverDir().resolve("logs/messages.log"));
        assertFalse(log.contains("WLTC0017E: "), "a refused request logged a rolled-back local transaction as an error");
    }

    @Test
    @RunAsClient
    void listsWithPrefixDelimiterAndCursor() {
        String files = API + "files_it.list/files";
        for (String path : List.of("img/cat.png", "img/cats/1.png", "img/cats/2.png", "img/dogs/1.png", "notes.txt")) {
            putBytes(files + "/" + path, path.getBytes(StandardCharsets.UTF_8));
        }
        String level = Http.get(files + "?prefix=img/&delimiter=/").body();
        assertEquals(List.of("img/cat.png"), paths(level));
        assertTrue(level.contains("\"common_prefixes\":[\"img/cats/\",\"img/dogs/\"]"), level);
        assertFalse(level.contains("next_cursor"), level);

        List<String> seen = new ArrayList<>();
        String cursor = "";
        int pages = 0;
        do {
            String page = Http.get(files + "?limit=2" + (cursor.isEmpty() ? "" : "&cursor=" + cursor)).body();
            seen.addAll(paths(page));
            Matcher next = Pattern.compile("\"next_cursor\":\"([^\"]+)\"").matcher(page);
            cursor = next.find() ? next.group(1) : "";
            pages++;
        } while (!cursor.isEmpty());
        assertEquals(List.of("img/cat.png", "img/cats/1.png", "img/cats/2.png", "img/dogs/1.png", "notes.txt"), seen);
        assertEquals(3, pages);

        assertEquals(400, Http.get(files + "?limit=1001").statusCode());
        assertEquals(400, Http.get(files + "?limit=many").statusCode());
        assertEquals(400, Http.get(files + "?delimiter=-").statusCode());
        assertEquals(400, Http.get(files + "?cursor=not*a*cursor").statusCode());
        assertEquals(200, Http.get(API + "files_it.nothing/files").statusCode());
    }

    @Test
    @RunAsClient
    void cleansUpByPrefixAndAge() throws IOException {
        String files = API + "files_it.clean/files";
        for (String path : List.of("temp/old-1.log", "temp/deep/old-2.log", "temp/new.log", "keep/old.log")) {
            putBytes(files + "/" + path, "0123456789".getBytes(StandardCharsets.UTF_8));
        }
        Path dir = pluginDir("files_it.clean");
        FileTime twoDaysAgo = FileTime.from(Instant.now().minus(Duration.ofDays(2)));
        for (String old : List.of("temp/old-1.log", "temp/deep/old-2.log", "keep/old.log")) {
            Files.setLastModifiedTime(dir.resolve(old), twoDaysAgo);
        }
        HttpResponse<String> cleaned = Http.delete(files + "?prefix=temp/&older_than=86400");
        assertEquals(200, cleaned.statusCode(), cleaned.body());
        assertEquals("{\"deleted\":2,\"freed_bytes\":20}", cleaned.body());
        assertEquals(List.of("keep/old.log", "temp/new.log"), paths(Http.get(files).body()));

        assertEquals(400, Http.delete(files).statusCode(), "an empty prefix needs all=true");
        assertEquals(400, Http.delete(files + "?prefix=temp/&older_than=soon").statusCode());
        assertEquals("{\"deleted\":2,\"freed_bytes\":20}", Http.delete(files + "?all=true").body());
    }

    /**
     * Every path that breaks a rule is refused and touches nothing: the data directory looks the
     * same before and after. Sent over a raw socket so no client library tidies the path first.
     */
    @Test
    @RunAsClient
    void pathsThatBreakTheRulesAreRefusedAndTouchNothing() throws IOException {
        String base = API + "files_it.bad/files/";
        putBytes(base + "a/b", "inside".getBytes(StandardCharsets.UTF_8));
        Path outsideFile = Files.createTempDirectory("botstore-it-outside").resolve("written");
        Map<String, String> before = snapshot("files_it.probe");
        Map<String, String> answers = new TreeMap<>();
        List<String> targets = List.of("../x", "a/../../x", "%2e%2e/x", "%2E%2E/x", "a%2f..%2f..%2fx",
                "a%2F..%2F..%2Fx", "/etc/passwd", "%2Fetc%2Fpasswd", "a%5Cb", "a/./b", "a//b", "a%00b", "a/%2e/b",
                "x".repeat(1025), "C:/x", ".upload-1.tmp", "%2F" + outsideFile.toString().substring(1).replace("/", "%2F"));
        for (String target : targets) {
            for (String method : List.of("GET", "PUT", "DELETE")) {
                byte[] body = method.equals("PUT") ? "evil".getBytes(StandardCharsets.UTF_8) : null;
                RawHttp.Answer answer = RawHttp.send(method, base + target, body);
                answers.put(method + " " + (target.length() > 60 ? target.substring(0, 20) + "…(" + target.length() + ")"
                        : target), answer.status() + " " + detail(answer.body()));
                assertEquals(400, answer.status(), method + " " + target + " answered: " + answer.body());
                if (!target.contains("%00")) { // Liberty answers an encoded NUL itself, in HTML
                    assertTrue(answer.body().startsWith("{\"type\""), method + " " + target + " is a problem: "
                            + answer.body());
                }
                assertFalse(answer.body().contains("root:"), "no file outside the area is served");
            }
        }
        answers.forEach((request, answer) -> System.out.println("PluginFilesIT bad path: " + request + " -> " + answer));
        assertEquals(before, snapshot("files_it.probe"), "nothing in the data directory changed");
        assertFalse(Files.exists(outsideFile));
        Files.delete(outsideFile.getParent());
    }

    @Test
    @RunAsClient
    void linksOutOfThePluginDirectoryAreRefusedForReadingAndWriting() throws IOException {
        Path outside = Files.createDirectories(dataDir().resolve("outside-" + System.nanoTime()));
        Files.writeString(outside.resolve("secret.txt"), "secret");
        Path dir = Files.createDirectories(pluginDir("files_it.links"));
        Files.createSymbolicLink(dir.resolve("escape"), outside);
        Files.createSymbolicLink(dir.resolve("secret-link.txt"), outside.resolve("secret.txt"));
        String base = API + "files_it.links/files/";

        for (String path : List.of("escape/secret.txt", "secret-link.txt")) {
            HttpResponse<String> read = Http.get(base + path);
            assertEquals(400, read.statusCode(), path + ": " + read.body());
            assertFalse(read.body().contains("secret\""), read.body());
            assertTrue(read.body().contains("symbolic link"), read.body());
            assertEquals(400, putBytes(base + path, "overwritten".getBytes(StandardCharsets.UTF_8)).statusCode());
        }
        assertEquals(400, putBytes(base + "escape/new.txt", "x".getBytes(StandardCharsets.UTF_8)).statusCode());
        assertEquals("secret", Files.readString(outside.resolve("secret.txt")));
        assertFalse(Files.exists(outside.resolve("new.txt")));
        assertEquals(List.of(), paths(Http.get(API + "files_it.links/files").body()));
    }

    /** Percent-decoding happens once: %20 and UTF-8 decode, %25 stays a literal per cent sign. */
    @Test
    @RunAsClient
    void percentEncodedNamesAreDecodedExactlyOnce() throws IOException {
        String files = API + "files_it.names/files/";
        assertEquals(201, putBytes(files + "notes%202026/%C3%A9t%C3%A9.txt", new byte[3]).statusCode());
        assertEquals(201, putBytes(files + "%252e%252e/x", new byte[4]).statusCode());
        Path dir = pluginDir("files_it.names");
        assertTrue(Files.isRegularFile(dir.resolve("notes 2026").resolve("été.txt")));
        assertTrue(Files.isRegularFile(dir.resolve("%2e%2e").resolve("x")), "a literal name, not a '..' segment");
        assertEquals(List.of("%2e%2e/x", "notes 2026/été.txt"), paths(Http.get(API + "files_it.names/files").body()));
        // Liberty adds its default charset to text types
        assertTrue(Http.get(files + "notes%202026/%C3%A9t%C3%A9.txt").headers().firstValue("Content-Type")
                .orElseThrow().startsWith("text/plain"));
    }

    @Test
    @RunAsClient
    void aBadPluginKeyIs400() {
        HttpResponse<String> answer = putBytes(API + "1bad.x/files/a.txt", new byte[1]);
        assertEquals(400, answer.statusCode());
        assertTrue(answer.body().contains("starts with a digit"), answer.body());
    }

    /** Last: it lowers the quota for the whole server through a configDropins override. */
    @Test
    @Order(Integer.MAX_VALUE)
    @RunAsClient
    void anUploadPastTheQuotaIs413AndChangesNothing() throws Exception {
        Files.createDirectories(limitsOverride().getParent());
        Files.writeString(limitsOverride(), "<server>\n  <variable name=\"plugin_files_quota_bytes\" value=\""
                + MIB + "\"/>\n</server>\n");
        String probe = API + "files_it.probe/files/probe.bin";
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int status;
        do {
            Thread.sleep(250);
            status = putBytes(probe, new byte[(int) (2 * MIB)]).statusCode();
        } while (status != 413 && System.nanoTime() < deadline);
        assertEquals(413, status, "the lowered quota took effect without a restart");

        String file = API + "files_it.quota/files/";
        assertEquals(201, putBytes(file + "first.bin", new byte[600 * 1024]).statusCode());
        Map<String, String> before = snapshot("files_it.probe");
        HttpResponse<String> refused = putBytes(file + "second.bin", new byte[600 * 1024]);
        assertEquals(413, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"status\":413"), refused.body());
        HttpResponse<String> streamedPast = Http.send(Http.request(file + "third.bin")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedBytes(600 * 1024, 3))));
        assertEquals(413, streamedPast.statusCode(), "without a Content-Length the quota is found while streaming");
        assertEquals(before, snapshot("files_it.probe"), "the plugin's usage is unchanged and no temporary file remains");
        assertEquals(List.of("first.bin"), names(pluginDir("files_it.quota")));
    }

    // ---------------------------------------------------------------- helpers

    private static HttpResponse<String> putBytes(String path, byte[] content) {
        return Http.send(Http.request(path).header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** The problem's detail, or the start of whatever else the server answered. */
    private static String detail(String body) {
        Matcher detail = Pattern.compile("\"detail\":\"([^\"]*)\"").matcher(body);
        return detail.find() ? detail.group(1) : "(not a problem document) " + body.substring(0, Math.min(80, body.length()));
    }

    private static List<String> paths(String listing) {
        List<String> paths = new ArrayList<>();
        Matcher m = Pattern.compile("\"path\":\"([^\"]+)\"").matcher(listing);
        while (m.find()) {
            paths.add(m.group(1));
        }
        return paths;
    }

    private static String digest(InputStream in) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) != -1) {
            sha.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Bytes allocated so far by every live thread of this JVM together. */
    private static long allocatedByAllThreads() throws Exception {
        long[] ids = ManagementFactory.getThreadMXBean().getAllThreadIds();
        long[] bytes = (long[]) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("java.lang:type=Threading"), "getThreadAllocatedBytes", new Object[] {ids},
                new String[] {"[J"});
        return Arrays.stream(bytes).filter(b -> b > 0).sum();
    }

    /** Bytes allocated by the current thread so far, through the platform MXBean (no com.sun.* import). */
    private static long allocatedByThisThread() throws Exception {
        return (Long) ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("java.lang:type=Threading"),
                "getThreadAllocatedBytes", new Object[] {Thread.currentThread().getId()}, new String[] {"long"});
    }
}
