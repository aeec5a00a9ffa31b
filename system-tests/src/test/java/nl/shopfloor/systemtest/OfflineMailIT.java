package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Offline messages by e-mail through the JMS queue into a real SMTP server (GreenMail): the team's copy
 * with reply-to the shopper, the shopper's confirmation in their language, a message left for one person.
 * Seed assumptions: demo shop with mailboxes per question type (product: verkoop@demo-ict.example) and
 * agents with addresses username@demo-ict.example.
 */
class OfflineMailIT {

    static final Duration MAIL_WAIT = Duration.ofSeconds(60);
    static ShopfloorServer server;
    static TestMailServer smtp;

    @BeforeAll
    static void boot() {
        server = ShopfloorServer.shared();
        smtp = TestMailServer.shared();
    }

    @Test
    void theTeamGetsTheMessageWithReplyToTheShopperAndTheShopperAConfirmationInTheirLanguage() throws Exception {
        String marker = marker();
        String ann = address("ann", marker);
        send(server, "en", form("Ann Shopper", ann, "product", "Which dock fits my laptop? " + marker, null));

        List<MimeMessage> mails = smtp.await(TestMailServer.about(marker), 2, MAIL_WAIT);
        MimeMessage team = to(mails, "verkoop@demo-ict.example");
        assertThat(addresses(team.getReplyTo())).containsExactly(ann);
        assertThat(team.getSubject()).contains("Product advice").contains("Ann Shopper");
        assertThat(TestMailServer.body(team)).as("O7 the shop's copy keeps everything").contains("Which dock fits my laptop?")
                .contains(marker).contains(ann);
        assertThat(team.getHeader("Content-Language")).containsExactly("en");

        MimeMessage confirmation = to(mails, ann);
        assertThat(confirmation.getSubject()).startsWith("We received your message");
        assertThat(TestMailServer.body(confirmation)).contains("We have received it");
        assertOnlyTheShopsWords(confirmation, "Ann", "Shopper", "dock", marker);
        assertThat(addresses(confirmation.getFrom())).containsExactly("shop@shopfloor.test");
        assertThat(team.getMessageID()).isNotEqualTo(confirmation.getMessageID()).endsWith("@shopfloor>");
        // The mail is on the SMTP server a moment before the transaction that marks it sent commits.
        Conditions.await("both mails marked sent", () -> statuses(marker).equals(List.of("SENT", "SENT")), MAIL_WAIT);
    }

    @Test
    void aDutchShopperGetsADutchConfirmationAndAMessageForOnePersonGoesToThem() throws Exception {
        String marker = marker();
        String kees = address("kees", marker);
        String lisa;
        try (Shopper shopper = Shopper.arrive(server)) {
            lisa = shopper.publicIdOf("Lisa Jansen");
        }
        send(server, "nl", form("Kees", kees, "product", "Voor Lisa: is de MacBook al binnen? " + marker, lisa));

        List<MimeMessage> mails = smtp.await(TestMailServer.about(marker), 2, MAIL_WAIT);
        MimeMessage forLisa = to(mails, "lisa@demo-ict.example");
        assertThat(TestMailServer.body(forLisa)).contains("Een bericht voor Lisa Jansen").contains("MacBook");
        assertThat(forLisa.getSubject()).contains("Productadvies");
        MimeMessage confirmation = to(mails, kees);
        assertThat(confirmation.getSubject()).startsWith("We hebben je bericht ontvangen");
        assertThat(TestMailServer.body(confirmation)).startsWith("Hallo,").contains("We hebben het ontvangen");
        assertOnlyTheShopsWords(confirmation, "Kees", "Lisa", "MacBook", marker);
    }

    @Test
    void aCallBackRequestReachesTheTeamIsConfirmedAndIsMarkedDoneOnce() throws Exception {
        String marker = marker();
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1).toString();
        JsonObject request = Json.createObjectBuilder().add("type", "callback").add("clientId", Shopper.clientId())
                .add("name", "Bel " + marker).add("phone", "+31 6 1234 5678").add("window", "morning").add("day", tomorrow)
                .add("email", address("belmij", marker)).add("text", "About my order " + marker).build();
        JsonObject ack = sendFrame(server, "nl", request, "callbackAck");

        List<MimeMessage> mails = smtp.await(TestMailServer.about(marker), 2, MAIL_WAIT);
        MimeMessage team = to(mails, "bestellingen@demo-ict.example");
        assertThat(team.getSubject()).contains("Terugbelverzoek").contains("+31 6 1234 5678");
        assertThat(TestMailServer.body(team)).contains("in de ochtend").contains(marker).contains("About my order");
        MimeMessage confirmation = to(mails, address("belmij", marker));
        assertThat(confirmation.getSubject()).startsWith("We bellen je terug");
        assertThat(TestMailServer.body(confirmation)).contains("in de ochtend");
        assertOnlyTheShopsWords(confirmation, "1234", "About my order", marker);

        Supervisor sanne = new Supervisor(server, "sanne");
        String id = ack.getString("id");
        HttpResponse<String> done = sanne.call("POST", "/api/messages/" + id + "/done", null);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("\"handledBy\":\"sanne\"").contains("\"kind\":\"callback\"");
        Supervisor mehmet = new Supervisor(server, "mehmet");
        assertThat(mehmet.call("POST", "/api/messages/" + id + "/done", null).body()).as("the first one who called keeps it")
                .contains("\"handledBy\":\"sanne\"");
    }

    @Test
    void badCallBackRequestsAreRefusedWithAReason() {
        String tooFar = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(30).toString();
        for (JsonObject bad : List.of(
                callback("abc", "morning", null), callback("12", "morning", null), callback("+31 6 1234 5678", "night", null),
                callback("+31 6 1234 5678", "asap", tooFar), callback("+31 6 1234 5678", "asap", "tomorrow"))) {
            JsonObject error = sendFrame(server, "en", bad, "error");
            assertThat(error.getString("code")).as(bad.toString()).isEqualTo("invalid");
            assertThat(error.getString("clientId")).isEqualTo(bad.getString("clientId"));
        }
    }

    @Test
    void anAgentAnswersAMessageByMailWithReplyToTheTeam() throws Exception {
        String marker = marker();
        String quinn = address("quinn", marker);
        JsonObject ack = send(server, "en", form("Quinn", quinn, "service", "Can I return an opened box? " + marker, null));
        smtp.await(TestMailServer.about(marker), 2, MAIL_WAIT);

        Supervisor pieter = new Supervisor(server, "pieter");
        HttpResponse<String> answered = pieter.call("POST", "/api/messages/" + ack.getString("id") + "/answer",
                "{\"text\": \"Yes, within 30 days. Answer " + marker + "\"}");
        assertThat(answered.statusCode()).isEqualTo(200);
        MimeMessage answer = smtp.await(TestMailServer.containing("Answer " + marker), 1, MAIL_WAIT).get(0);
        assertThat(addresses(answer.getAllRecipients())).containsExactly(quinn);
        assertThat(addresses(answer.getReplyTo())).containsExactly("nazorg@demo-ict.example");
        assertThat(TestMailServer.body(answer)).contains("Yes, within 30 days.").contains("Pieter Visser");
        assertOnlyTheShopsWords(answer, "Quinn", "opened box", "Can I return");
        assertThat(pieter.call("POST", "/api/messages/" + ack.getString("id") + "/answer", "{\"text\": \"\"}").statusCode())
                .as("an empty answer").isEqualTo(400);
    }

    static JsonObject callback(String phone, String window, String day) {
        var frame = Json.createObjectBuilder().add("type", "callback").add("clientId", Shopper.clientId()).add("name", "Bad")
                .add("phone", phone).add("window", window);
        if (day != null) {
            frame.add("day", day);
        }
        return frame.build();
    }

    @Test
    void duringAnSmtpOutageMailsAreRetriedThenParkedAndARetryDeliversThem() throws Exception {
        String marker = marker();
        smtp.stop();
        try {
            send(server, "en", form("Olga", address("olga", marker), "service", "Broken on arrival " + marker, null));
            // The test server waits a second between three attempts (SHOPFLOOR_MAIL_RETRY_DELAYS=PT1S,PT1S).
            Conditions.await("both mails parked after their last attempt", () -> statuses(marker).equals(List.of("DEAD", "DEAD")), MAIL_WAIT);
        } finally {
            smtp.start();
        }
        Supervisor anouk = Supervisor.anouk(server);
        List<JsonObject> parked = anouk.getJsonArray("/api/outbox").getValuesAs(JsonObject.class).stream()
                .filter(mail -> mail.getString("status").equals("dead"))
                .filter(mail -> mail.getString("subject").contains("Olga") || mail.getString("recipient").equals(address("olga", marker)))
                .toList();
        assertThat(parked).hasSize(2).allSatisfy(mail -> {
            assertThat(mail.getInt("attempts")).isEqualTo(3);
            assertThat(mail.getString("lastError")).isNotBlank();
        });
        assertThat(smtp.received().stream().filter(TestMailServer.about(marker))).as("nothing sent during the outage").isEmpty();

        for (JsonObject mail : parked) {
            assertThat(anouk.call("POST", "/api/outbox/" + mail.getString("id") + "/retry", null).statusCode()).isEqualTo(200);
        }
        assertThat(smtp.await(TestMailServer.about(marker), 2, MAIL_WAIT)).hasSize(2);
        Conditions.await("both mails sent", () -> statuses(marker).equals(List.of("SENT", "SENT")), MAIL_WAIT);
    }

    /**
     * kill -9 of server and broker while mails are acknowledged but not sent (the delivery hangs on an SMTP
     * port that never answers); after both restart every mail arrives, each under its own Message-ID once (O2).
     */
    @Test
    void acknowledgedMessagesSurviveACrashOfServerAndBrokerAndArriveExactlyOnce() throws Exception {
        String marker = marker();
        int messages = 5;
        smtp.stop();
        try (SmtpBlackHole hole = SmtpBlackHole.on(smtp.port())) {
            for (int i = 0; i < messages; i++) {
                send(server, "en", form("Crash " + i, address("crash" + i, marker), "order", "Order " + i + " " + marker, null));
            }
            hole.awaitConnections(1, 60);
            assertThat(statuses(marker)).hasSize(2 * messages).containsOnly("QUEUED");
            server.crashAndRestart(() -> {
                hole.close();
                smtp.start();
            });
        } finally {
            smtp.start();
        }
        Conditions.await("every mail sent after the restart", () -> statuses(marker).stream().filter("SENT"::equals).count() == 2 * messages,
                Duration.ofSeconds(120));
        List<MimeMessage> received = smtp.received().stream().filter(TestMailServer.about(marker)).toList();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (MimeMessage mail : received) {
            ids.add(mail.getMessageID());
        }
        // O2: once per mail (Message-ID = outbox id). A mail SMTP accepted just before its transaction failed to commit
        // goes out again under the same Message-ID, which lets the receiver drop the repeat: CI once received 12 mails
        // for these 10. A mail under an id of its own would be a real double and fails here.
        assertThat(ids).as("every mail arrived, each under one Message-ID").hasSize(2 * messages);
    }

    static String marker() {
        return "ref-" + UUID.randomUUID();
    }

    /** A shopper's address of this test only: their mails carry none of their text, so they are found by address. */
    static String address(String who, String marker) {
        return who + "." + marker + "@example.org";
    }

    /**
     * O7: a mail to the shopper's (unverified) address holds nothing they typed: neither these words nor the
     * marker that was in their message.
     */
    static void assertOnlyTheShopsWords(MimeMessage mail, String... typed) throws Exception {
        String all = mail.getSubject() + "\n" + TestMailServer.body(mail);
        for (String text : typed) {
            assertThat(all).as("O7 the mail to the shopper repeats none of their text").doesNotContain(text);
        }
    }

    static JsonObject form(String name, String email, String topic, String text, String agent) {
        var form = Json.createObjectBuilder().add("type", "contact").add("name", name).add("email", email).add("topic", topic)
                .add("text", text).add("clientId", Shopper.clientId());
        if (agent != null) {
            form.add("agent", agent);
        }
        return form.build();
    }

    /** Submits the form as the widget does and returns the acknowledgement (sent only once it is stored). */
    static JsonObject send(ShopfloorServer server, String language, JsonObject form) {
        JsonObject ack = sendFrame(server, language, form, "contactAck");
        assertThat(ack.getString("clientId")).isEqualTo(form.getString("clientId"));
        return ack;
    }

    static JsonObject sendFrame(ShopfloorServer server, String language, JsonObject frame, String answerType) {
        try (JsonSocket socket = JsonSocket.connect(server.wsUri("/ws/shopper?shop=demo"), server.origin(), null)) {
            socket.send(Json.createObjectBuilder().add("type", "hello").add("lang", language)
                    .add("page", Json.createObjectBuilder().add("url", server.origin() + "/demo/index.html").add("title", "Contact"))
                    .add("lastSeq", 0).build());
            socket.awaitType("welcome", Shopper.WAIT);
            socket.send(frame);
            return socket.awaitType(answerType, Shopper.WAIT);
        }
    }

    static MimeMessage to(List<MimeMessage> mails, String recipient) {
        return mails.stream().filter(mail -> {
            try {
                return addresses(mail.getAllRecipients()).contains(recipient);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow(() -> new AssertionError("no mail to " + recipient));
    }

    static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses).map(address -> ((jakarta.mail.internet.InternetAddress) address).getAddress()).toList();
    }

    /** The outbox statuses of the mails about the message containing {@code marker}. */
    static List<String> statuses(String marker) throws Exception {
        List<String> statuses = new ArrayList<>();
        try (Connection db = server.jdbc();
             PreparedStatement query = db.prepareStatement("SELECT m.status FROM outbox_mail m JOIN contact_message c"
                     + " ON m.contact_message_id = c.id WHERE c.text LIKE ?")) {
            query.setString(1, "%" + marker + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    statuses.add(rows.getString(1));
                }
            }
        }
        return statuses;
    }
}
