package nl.shopfloor.loadtest;

import static nl.shopfloor.loadtest.JsonSocket.JSON;

import jakarta.json.JsonObject;

/** One contact form of the mail load test, and what became of it. Written by one shopper thread, read after it ended. */
final class ContactForm {

    private static final String[] TOPICS = {"product", "order", "service"};
    private static final String[] LANGUAGES = {"en", "nl"};

    final int index;
    final boolean warmup;
    final String marker;
    final String email;
    /** When the driver meant to send it (with --rate), else when it did. */
    long planned;
    long submitted;
    long acked;
    String failure;

    ContactForm(int index, boolean warmup) {
        this.index = index;
        this.warmup = warmup;
        this.marker = String.format("mailload-%06d", index);
        this.email = String.format("shopper%06d@example.org", index);
    }

    String language() {
        return LANGUAGES[index % LANGUAGES.length];
    }

    /** The widget's contact frame: a unique clientId, the marker in the text (both mails quote the text). */
    JsonObject frame() {
        return JSON.createObjectBuilder()
                .add("type", "contact")
                .add("clientId", marker)
                .add("name", "Load Shopper " + index)
                .add("email", email)
                .add("topic", TOPICS[index % TOPICS.length])
                .add("text", "Could you send me a quote for 20 USB-C docks, delivered to our office? " + marker)
                .build();
    }

    boolean isAcked() {
        return acked != 0;
    }

    /** From the submission (planned or actual, see above) until the contactAck arrived. */
    long ackNanos() {
        return acked - planned;
    }
}
