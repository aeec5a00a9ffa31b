package nl.shopfloor.loadtest;

import static nl.shopfloor.loadtest.JsonSocket.JSON;

import jakarta.json.JsonObject;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Offline contact forms until their mails are in an SMTP server, through the whole pipeline: the widget's
 * {@code contact} frame on {@code /ws/shopper}, the message and its two outbox mails stored and their ids put on the
 * JMS queue in one transaction ({@code contactAck} comes after the commit), the MDB takes them off the queue through
 * the resource adapter and sends them over SMTP.
 *
 * <ol>
 * <li>GreenMail (SMTP only, 127.0.0.1, a free port) starts inside this JVM ({@link MailSink}); the broker and Payara
 * Micro start on a fresh embedded H2 database with demo data and {@code SHOPFLOOR_SMTP_*} pointing at GreenMail.</li>
 * <li>{@code --sockets} shoppers at a time each open a shopper socket, say hello, send one contact form and wait for its
 * {@code contactAck}, then close and start over as the next shopper (one form per visitor, as in a shop — and one
 * socket's rate limit of 20 frames per 10 s stays out of the way). With {@code --rate} the forms are spread evenly
 * over time; without, the shoppers go as fast as the acks come.</li>
 * <li>Per form: submit → {@code contactAck}, and submit → both mails delivered to GreenMail (matched by a marker in the
 * text). The first {@code --warmup-forms} go first, and the measured forms only start when their mails are in.</li>
 * <li>Wait (bounded) for the mails still on their way, and a grace period for duplicates; report; stop everything.</li>
 * </ol>
 */
public final class OfflineMailLoadTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final MailSettings settings;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<ContactForm> forms = new ArrayList<>();
    private final PrintStream out = System.out;
    private MicroServer server;

    private OfflineMailLoadTest(MailSettings settings) {
        this.settings = settings;
        for (int i = 0; i < settings.total(); i++) {
            forms.add(new ContactForm(i, i < settings.warmupForms()));
        }
    }

    public static void main(String[] args) {
        MailSettings settings = TimeLimit.optionsOrExit(() -> MailSettings.parse(args), MailSettings.usage());
        TimeLimit.exitAfter(settings.timeLimit(), () -> new OfflineMailLoadTest(settings).run());
    }

    /** CPU time used by the server, its broker and this driver (with GreenMail): so far, or over {@code wallNanos}. */
    record CpuUse(long serverMillis, long brokerMillis, long driverMillis, long wallNanos) {
        static CpuUse of(MicroServer server) {
            return new CpuUse(server.cpu().toMillis(), server.broker().map(b -> b.cpu().toMillis()).orElse(0L), Machine.driverCpuMillis(),
                    System.nanoTime());
        }

        CpuUse since(CpuUse earlier) {
            return new CpuUse(serverMillis - earlier.serverMillis, brokerMillis - earlier.brokerMillis, driverMillis - earlier.driverMillis,
                    wallNanos - earlier.wallNanos);
        }

        /** Share of all the machine's cores, in percent. */
        double machinePercent() {
            return 100.0 * (serverMillis + brokerMillis + driverMillis) / (wallNanos / 1e6 * Machine.cores());
        }
    }

    private int run() throws Exception {
        Instant began = Instant.now();
        Path workdir = settings.server().workdir();
        Files.createDirectories(workdir);
        MicroServer.deleteTree(workdir.resolve("data"));
        out.printf("[mail] %d contact forms (+%d warm-up) from %d shoppers at a time, %s; work dir %s%n", settings.forms(),
                settings.warmupForms(), settings.sockets(), settings.rate() > 0 ? settings.rate() + " forms/s" : "as fast as acked",
                workdir);
        try (MailSink mails = MailSink.start()) {
            out.println("[mail] GreenMail SMTP on 127.0.0.1:" + mails.port());
            server = MicroServer.start(settings.server(), "mail", Map.of(
                    "SHOPFLOOR_SMTP_HOST", "127.0.0.1",
                    "SHOPFLOOR_SMTP_PORT", Integer.toString(mails.port()),
                    "SHOPFLOOR_MAIL_FROM", "shop@shopfloor.test"));
            try {
                warmUp(mails);
                CpuUse atMeasureStart = CpuUse.of(server);
                String loadAtMeasureStart = Machine.loadAverage();
                List<ContactForm> measured = forms.subList(settings.warmupForms(), forms.size());
                long answered = submit(measured);
                out.printf("[mail] %d forms answered after %.1f s; waiting for their mails%n", measured.size(), answered / 1e9);
                awaitMails(mails, measured);
                CpuUse cpu = CpuUse.of(server).since(atMeasureStart);
                String load = loadAtMeasureStart + " at the start, " + Machine.loadAverage() + " at the end";
                Thread.sleep(settings.grace().toMillis());
                MailReport report = new MailReport(settings, forms, mails, server, cpu, load, began);
                report.print(out, workdir);
                return report.nothingWrong() ? 0 : 1;
            } finally {
                server.close();
                out.println("[mail] server and broker stopped; logs: " + server.log() + ", " + workdir.resolve("broker-mail.log"));
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ shoppers

    /**
     * The warm-up forms, and their mails: the measured forms then meet a warm server and an empty queue, instead of
     * the backlog of the first, slow deliveries.
     */
    private void warmUp(MailSink mails) throws Exception {
        if (settings.warmupForms() == 0) {
            return;
        }
        List<ContactForm> warmup = forms.subList(0, settings.warmupForms());
        long answered = submit(warmup);
        awaitMails(mails, warmup);
        out.printf("[mail] warm-up: %d forms answered after %.1f s and mailed; measuring%n", warmup.size(), answered / 1e9);
    }

    /** Sends the forms from {@code --sockets} shoppers at a time; returns how long until the last one was answered. */
    private long submit(List<ContactForm> batch) throws Exception {
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        AtomicInteger next = new AtomicInteger();
        ExecutorService shoppers = Executors.newFixedThreadPool(settings.sockets());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < settings.sockets(); i++) {
                running.add(shoppers.submit(() -> shopper(batch, next, start)));
            }
            for (Future<?> shopper : running) {
                shopper.get();
            }
        } finally {
            shoppers.shutdownNow();
        }
        return System.nanoTime() - start;
    }

    /** One shopper slot: visit after visit, one form each, until the batch runs out. */
    private Void shopper(List<ContactForm> batch, AtomicInteger next, long start) throws InterruptedException {
        for (int i = next.getAndIncrement(); i < batch.size(); i = next.getAndIncrement()) {
            ContactForm form = batch.get(i);
            if (settings.rate() > 0) {
                form.planned = start + Math.round(i * 1e9 / settings.rate());
                Machine.sleepUntil(form.planned);
            }
            try {
                visit(form);
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                form.failure = describe(e instanceof ExecutionException ? e.getCause() : e);
            }
        }
        return null;
    }

    private void visit(ContactForm form) throws Exception {
        Visit visit = new Visit();
        JsonSocket socket = JsonSocket.connect(client, "shopper " + form.index, server.wsUri("/ws/shopper?shop=demo"),
                Map.of("Origin", server.origin()), visit);
        try {
            socket.send(JSON.createObjectBuilder().add("type", "hello").add("lang", form.language()).add("lastSeq", 0)
                    .add("page", JSON.createObjectBuilder().add("url", server.origin() + "/demo/en.html").add("title", "Contact | Demo ICT shop"))
                    .build());
            visit.welcome.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            form.submitted = System.nanoTime();
            if (form.planned == 0) {
                form.planned = form.submitted;
            }
            socket.send(form.frame());
            JsonObject answer = visit.answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            if ("contactAck".equals(answer.getString("type")) && form.marker.equals(answer.getString("clientId", ""))) {
                form.acked = visit.answeredNanos;
            } else {
                form.failure = "error frame " + answer.getString("code", answer.toString());
            }
        } finally {
            socket.close();
        }
    }

    /** One shopper's visit: hello, welcome, one contact frame, its answer. */
    private static final class Visit implements JsonSocket.Handler {
        final CompletableFuture<JsonObject> welcome = new CompletableFuture<>();
        final CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        volatile long answeredNanos;

        @Override
        public void frame(JsonSocket socket, long receivedNanos, JsonObject frame) {
            switch (frame.getString("type", "")) {
                case "welcome" -> welcome.complete(frame);
                case "contactAck", "error" -> {
                    answeredNanos = receivedNanos;
                    if (!welcome.isDone()) {
                        welcome.completeExceptionally(new IllegalStateException("hello refused: " + frame));
                    }
                    answer.complete(frame);
                }
                default -> {
                    // availability, team: not measured
                }
            }
        }

        @Override
        public void closed(JsonSocket socket, int status, String reason) {
            IllegalStateException closed = new IllegalStateException("socket closed by the server: " + status + " " + reason);
            welcome.completeExceptionally(closed);
            answer.completeExceptionally(closed);
        }
    }

    // ------------------------------------------------------------------------------------------------ mails

    /** Until every acknowledged form has its two mails, or --mail-wait has passed since the last form was answered. */
    private void awaitMails(MailSink mails, List<ContactForm> batch) throws InterruptedException {
        long deadline = System.nanoTime() + settings.mailWait().toNanos();
        List<ContactForm> acked = batch.stream().filter(ContactForm::isAcked).toList();
        while (System.nanoTime() < deadline && acked.stream().anyMatch(form -> mails.about(form.index).size() < 2)) {
            Thread.sleep(20);
        }
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
