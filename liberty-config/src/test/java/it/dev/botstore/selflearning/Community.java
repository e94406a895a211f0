package it.dev.botstore.selflearning;

import it.dev.botstore.support.Http;
import it.dev.botstore.support.JsonAnswers;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** What the jargon, affection and social ITs share: unique names, JSON answers, requests fired at once. */
final class Community {

    private Community() {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    static JsonObject object(HttpResponse<String> response, int status) {
        return JsonAnswers.object(response, status);
    }

    static JsonArray array(HttpResponse<String> response) {
        return JsonAnswers.array(response);
    }

    static JsonObject get(String path) {
        return object(Http.get(path), 200);
    }

    /** Sends {@code threads} requests released together; their responses in order. */
    static List<HttpResponse<String>> atOnce(int threads, IntFunction<HttpResponse<String>> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.apply(index);
                }));
            }
            start.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
