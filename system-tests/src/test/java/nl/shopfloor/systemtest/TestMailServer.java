package nl.shopfloor.systemtest;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * A real SMTP server (GreenMail) on 127.0.0.1, shared by the test JVM; the shared Shopfloor instance sends
 * its mail here. Tests stop and start it to play an SMTP outage; it keeps its port, not its mails.
 */
final class TestMailServer {

    private static TestMailServer shared;

    private final int port;
    private GreenMail greenMail;

    private TestMailServer(int port) {
        this.port = port;
    }

    static synchronized TestMailServer shared() {
        if (shared == null) {
            shared = new TestMailServer(freePort());
            shared.start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "stop-test-mail-server"));
        }
        return shared;
    }

    int port() {
        return port;
    }

    synchronized void start() {
        if (greenMail == null) {
            ServerSetup smtp = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            // GreenMail gives up after 2 s by default; a loaded CI machine needs longer.
            smtp.setServerStartupTimeout(60_000);
            greenMail = new GreenMail(smtp);
            greenMail.start();
        }
    }

    synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    synchronized List<MimeMessage> received() {
        return greenMail == null ? List.of() : Arrays.asList(greenMail.getReceivedMessages());
    }

    /** Waits until {@code count} received mails match, and returns them; fails after {@code timeout}. */
    List<MimeMessage> await(Predicate<MimeMessage> matching, int count, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            List<MimeMessage> found = received().stream().filter(matching).toList();
            if (found.size() >= count) {
                return found;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("expected " + count + " matching mails within " + timeout + ", got " + found.size()
                        + " (of " + received().size() + " received)");
            }
            synchronized (this) {
                if (greenMail != null) {
                    greenMail.waitForIncomingEmail(200, received().size() + 1);
                }
            }
        }
    }

    static Predicate<MimeMessage> containing(String text) {
        return message -> body(message).contains(text);
    }

    /**
     * Mails about {@code marker}: it is in the body (the team's copy) or in a recipient's address (the shopper's
     * mails, which carry none of the shopper's text, are sent to an address made from the marker).
     */
    static Predicate<MimeMessage> about(String marker) {
        return containing(marker).or(message -> {
            try {
                return message.getAllRecipients() != null
                        && Arrays.stream(message.getAllRecipients()).anyMatch(address -> address.toString().contains(marker));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
