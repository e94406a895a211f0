package it.dev.botstore.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Forwards a local port to the database. Until it is started nothing listens on the port, which
 * is exactly what a server sees while its database is not running yet.
 */
public final class TcpProxy implements AutoCloseable {

    private final ServerSocket listener;

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

    private void accept(String targetHost, int targetPort) {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(targetHost, targetPort);
                pipe(client, server);
                pipe(server, client);
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private static void pipe(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException ignored) {
                // one side closed
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        });
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
