package it.dev.botstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.DeployedBotstore;
import it.dev.botstore.support.Http;
import it.dev.botstore.support.Prerequisites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Python package {@code clients/python} (botstore) and its pytest suite, run against the test
 * server: both clients, every one of the original manager's 118 methods, Nekro's plugin store.
 * The package is copied under target/ and installed there into a virtualenv, so the build leaves
 * nothing in the source tree.
 */
class PythonClientIT extends DeployedBotstore {

    private static final Path SOURCE = Path.of("..", "clients", "python");
    private static final Path WORK = Path.of("target", "python-client");
    private static final Path VENV = WORK.resolve("venv");
    private static final Path COPY = WORK.resolve("src");
    /** The team's reference files, next to the repository; the suite compares its copies with them when present. */
    private static final Path SHARED_REFERENCE = Path.of("..", "..", "shared", "reference");

    @Test
    void thePytestSuiteOfThePythonClientPassesAgainstTheServer() throws Exception {
        copySource();
        if (!Files.exists(VENV.resolve("bin").resolve("python"))) {
            Result venv = run(List.of("python3", "-m", "venv", VENV.toString()), Map.of(), 120);
            if (venv.exit != 0) {
                Prerequisites.missing("python3 cannot make a virtualenv: the Python client is NOT tested.\n"
                        + venv.output.strip());
            }
        }
        Result pip = run(List.of(bin("pip"), "install", "--quiet", "--disable-pip-version-check", "pytest",
                "pytest-asyncio", COPY.toString()), Map.of(), 600);
        if (pip.exit != 0) {
            Prerequisites.missing("pip could not install pytest, pytest-asyncio and the client (is PyPI reachable?):"
                    + " the Python client is NOT tested.\n" + pip.output.strip());
        }
        Result pytest = run(List.of(bin("python"), "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider",
                        COPY.resolve("tests").toString()),
                Map.of("BOTSTORE_URL", Http.BASE, "BOTSTORE_KEY", Http.ADMIN_KEY,
                        "BOTSTORE_SHARED_REFERENCE", SHARED_REFERENCE.toAbsolutePath().toString()), 900);
        System.out.println(pytest.output);
        assertEquals(0, pytest.exit, "pytest failed: " + summary(pytest.output) + "\n" + pytest.output);
        assertTrue(summary(pytest.output).contains("passed"), pytest.output);
    }

    /** A fresh copy of the package, without what an earlier local install left next to it. */
    private static void copySource() throws IOException {
        if (Files.exists(COPY)) {
            try (Stream<Path> old = Files.walk(COPY)) {
                for (Path path : old.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(path);
                }
            }
        }
        try (Stream<Path> files = Files.walk(SOURCE)) {
            for (Path path : files.toList()) {
                Path relative = SOURCE.relativize(path);
                String name = relative.toString();
                if (name.startsWith("build") || name.contains("egg-info") || name.contains("__pycache__")) {
                    continue;
                }
                Path target = COPY.resolve(relative);
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static String bin(String program) {
        return VENV.resolve("bin").resolve(program).toString();
    }

    /** pytest's last line: "12 passed, 1 skipped in 3.2s". */
    private static String summary(String output) {
        List<String> lines = output.strip().lines().toList();
        return lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1);
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command, Map<String, String> env, int seconds)
            throws IOException, InterruptedException {
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
            builder.environment().putAll(env);
            process = builder.start();
        } catch (IOException e) {
            Prerequisites.missing(command.get(0) + " cannot be run (" + e.getMessage()
                    + "): the Python client is NOT tested.");
            throw e;
        }
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(seconds, TimeUnit.SECONDS), String.join(" ", command) + " finishes");
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
