package it.dev.botstore.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Forwards a local port to the database. Until it is started nothing listens on the port, which
 * is exactly what a server sees while its database is not running yet. {@link #silence()} makes
 * it a silent network partition: connections stay open and nothing passes, in either direction,
 * until {@link #resume()}. Closing it closes every connection, as a database that goes away does.
 */
public final class TcpProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final Object gate = new Object();
    private boolean silent;

    private TcpProxy(ServerSocket listener) {
        this.listener = listener;
    }

    public static TcpProxy start(int port, String targetHost, int targetPort) throws IOException {
        ServerSocket listener = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        TcpProxy proxy = new TcpProxy(listener);
        Thread acceptor = new Thread(() -> proxy.accept(targetHost, targetPort), "tcp-proxy-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
        return proxy;
    }

    /** From now on nothing is forwarded, and nothing is closed. */
    public void silence() {
        synchronized (gate) {
            silent = true;
        }
    }

    /** Forwarding again, held bytes first. */
    public void resume() {
        synchronized (gate) {
            silent = false;
            gate.notifyAll();
        }
    }

    private void accept(String targetHost, int targetPort) {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(targetHost, targetPort);
                sockets.add(client);
                sockets.add(server);
                pipe(client, server);
                pipe(server, client);
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) != -1) {
                    awaitForwarding();
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException | InterruptedException ignored) {
                // one side closed
            } finally {
                close(from);
                close(to);
            }
        });
        t.setDaemon(true);
        t.start();
    }

    private void awaitForwarding() throws InterruptedException {
        synchronized (gate) {
            while (silent) {
                gate.wait();
            }
        }
    }

    private void close(Socket socket) {
        sockets.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        resume();
        sockets.forEach(this::close);
    }
}
