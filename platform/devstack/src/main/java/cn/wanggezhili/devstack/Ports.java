package cn.wanggezhili.devstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Small checks on local TCP ports. */
public final class Ports {

    private Ports() {
    }

    public static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A port nobody listens on right now, for throw-away test servers. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new DevstackException("no free local port", e);
        }
    }

    static void requireFree(String what, int port, String setting) {
        if (answers("127.0.0.1", port)) {
            throw new DevstackException(what + " cannot start: port " + port + " is already taken by another process. "
                    + "Stop that process or choose another port with " + setting + ".");
        }
    }
}
