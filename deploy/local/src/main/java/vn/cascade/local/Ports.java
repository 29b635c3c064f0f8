package vn.cascade.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * The loopback ports of the stack: the one an environment variable configures (it must be free), else the
 * usual one (8180 for Keycloak, 8081–8083 for the services, 9092 for Kafka) when free, else any free port.
 */
final class Ports {

    private Ports() {
    }

    static int choose(String variable, int usual) {
        String configured = System.getenv(variable);
        if (configured != null && !configured.isBlank()) {
            int port = Integer.parseInt(configured.trim());
            if (!isFree(port)) {
                throw new IllegalStateException(variable + "=" + port + " but that port is taken");
            }
            return port;
        }
        return isFree(usual) ? usual : free();
    }

    static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // As the servers bind: a port the previous run just closed (connections in TIME_WAIT) counts as free.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
