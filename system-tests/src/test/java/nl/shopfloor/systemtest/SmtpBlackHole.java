package nl.shopfloor.systemtest;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Listens where the SMTP server was and accepts connections but never answers: a mail delivery that
 * reaches it hangs in mid-send, so a test can crash the server between acknowledging and sending.
 */
final class SmtpBlackHole implements AutoCloseable {

    private final ServerSocket listener;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private final Semaphore accepted = new Semaphore(0);

    private SmtpBlackHole(int port) throws IOException {
        listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        Thread acceptor = new Thread(this::accept, "smtp-black-hole");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static SmtpBlackHole on(int port) throws IOException {
        return new SmtpBlackHole(port);
    }

    private void accept() {
        try {
            while (!listener.isClosed()) {
                held.add(listener.accept());
                accepted.release();
            }
        } catch (IOException closed) {
            // close() ends the loop
        }
    }

    /** Waits until the server has connected {@code count} times, i.e. is stuck sending. */
    void awaitConnections(int count, long seconds) throws InterruptedException {
        if (!accepted.tryAcquire(count, seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("no mail delivery reached the SMTP port within " + seconds + " s");
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : held) {
            if (!socket.isClosed()) {
                // Reset rather than close: no TIME_WAIT left on the port the SMTP server binds next.
                socket.setSoLinger(true, 0);
                socket.close();
            }
        }
    }
}
