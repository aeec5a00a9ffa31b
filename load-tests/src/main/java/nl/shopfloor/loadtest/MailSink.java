package nl.shopfloor.loadtest;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GreenMail as the application's SMTP server, inside the driver: SMTP only, 127.0.0.1, a free port. Each mail is
 * noted as it is delivered — its time, recipient, Message-ID and the form it is about (the marker in its text) —
 * so the driver needs no polling and the time is the server's, not a poll's.
 */
final class MailSink implements AutoCloseable {

    /** The marker the driver writes into each form's text; both mails quote the text. */
    static final Pattern MARKER = Pattern.compile("\\bmailload-(\\d{6})\\b");

    record Arrival(int form, String recipient, String messageId, long nanos) {
    }

    private final GreenMail greenMail;
    private final int port;
    private final Map<Integer, List<Arrival>> byForm = new ConcurrentHashMap<>();
    private final Set<String> messageIds = ConcurrentHashMap.newKeySet();
    private final LongAdder received = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder withoutMarker = new LongAdder();
    private volatile long lastArrival;

    private MailSink(int port) {
        this.port = port;
        this.greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    static MailSink start() throws IOException {
        MailSink sink = new MailSink(MicroServer.freePort());
        sink.greenMail.start();
        MessageDeliveryHandler store = sink.greenMail.getUserManager().getMessageDeliveryHandler();
        sink.greenMail.getUserManager().setMessageDeliveryHandler((message, recipient) -> {
            sink.note(System.nanoTime(), message.getMessage(), recipient.getEmail());
            return store.handle(message, recipient);
        });
        return sink;
    }

    int port() {
        return port;
    }

    private void note(long nanos, MimeMessage mail, String recipient) throws MessagingException {
        received.increment();
        lastArrival = nanos;
        String messageId = mail.getMessageID();
        if (messageId != null && !messageIds.add(messageId)) {
            duplicates.increment();
            return;
        }
        Matcher marker = MARKER.matcher(text(mail));
        if (!marker.find()) {
            withoutMarker.increment();
            return;
        }
        int form = Integer.parseInt(marker.group(1));
        byForm.computeIfAbsent(form, f -> Collections.synchronizedList(new ArrayList<>()))
                .add(new Arrival(form, recipient, messageId, nanos));
    }

    private static String text(MimeMessage mail) throws MessagingException {
        try {
            return String.valueOf(mail.getContent());
        } catch (IOException e) {
            return "";
        }
    }

    /** The distinct mails (by Message-ID) about one form, in the order they arrived. */
    List<Arrival> about(int form) {
        List<Arrival> arrivals = byForm.get(form);
        if (arrivals == null) {
            return List.of();
        }
        synchronized (arrivals) {
            return List.copyOf(arrivals);
        }
    }

    Set<Integer> forms() {
        return byForm.keySet();
    }

    long received() {
        return received.sum();
    }

    /** Mails whose Message-ID arrived before: the same outbox mail sent twice. */
    long duplicates() {
        return duplicates.sum();
    }

    long withoutMarker() {
        return withoutMarker.sum();
    }

    long lastArrival() {
        return lastArrival;
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
