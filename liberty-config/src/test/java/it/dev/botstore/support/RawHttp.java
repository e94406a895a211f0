package it.dev.botstore.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP written by hand over a socket, for what a well-behaved client will not send: request lines
 * with {@code ..} or {@code //} left as they are, and bodies that stop half-way.
 */
public final class RawHttp {

    private static final int PORT = Integer.parseInt(System.getProperty("it.http.port", "9091"));

    /** An answer: the status, the headers (names in lower case) and the body as text. */
    public record Answer(int status, Map<String, String> headers, String body) {
    }

    private RawHttp() {
    }

    /** Sends {@code method target} with an optional body and reads the whole answer. */
    public static Answer send(String method, String target, byte[] body) {
        return send(method, target, body, "localhost");
    }

    /** Sends {@code method target} naming another host in the {@code Host} header, as a rebinding page would. */
    public static Answer sendWithHost(String method, String target, String host) {
        return send(method, target, null, host);
    }

    private static Answer send(String method, String target, byte[] body, String host) {
        try (Socket socket = new Socket("localhost", PORT)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: " + host + ":" + PORT
                    + "\r\nConnection: close\r\nAuthorization: Bearer " + Http.ADMIN_KEY + "\r\n");
            if (body != null) {
                head.append("Content-Type: application/octet-stream\r\nContent-Length: ").append(body.length).append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + target + ": " + e, e);
        }
    }

    /**
     * Announces {@code declared} bytes, sends only {@code sent} of them and closes the connection,
     * like a client that crashes or loses its network half-way through an upload.
     */
    public static void abandonUpload(String target, long declared, long sent) throws IOException {
        try (Socket socket = new Socket("localhost", PORT)) {
            OutputStream out = socket.getOutputStream();
            out.write(("PUT " + target + " HTTP/1.1\r\nHost: localhost:" + PORT + "\r\nAuthorization: Bearer "
                    + Http.ADMIN_KEY + "\r\nContent-Type:"
                    + " application/octet-stream\r\nContent-Length: " + declared + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            byte[] chunk = new byte[64 * 1024];
            for (long left = sent; left > 0; left -= chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
            out.flush();
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
            }
        }
        String body = end < 0 ? "" : new String(all.toByteArray(), end + 4, all.size() - end - 4, StandardCharsets.UTF_8);
        return new Answer(status, headers, body);
    }
}
