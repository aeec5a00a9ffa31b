package nl.shopfloor.loadtest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.shopfloor.loadtest.OfflineMailLoadTest.CpuUse;
import org.HdrHistogram.Histogram;

/** The mail load test's figures and checks, from the forms and the mails that arrived. */
final class MailReport {

    private final MailSettings settings;
    private final List<ContactForm> forms;
    private final MailSink mails;
    private final MicroServer server;
    private final CpuUse cpu;
    private final String load;
    private final Instant began;

    private final Histogram ack = Results.histogram();
    private final Histogram mailed = Results.histogram();
    private final Histogram ackWarmup = Results.histogram();
    private final Histogram mailedWarmup = Results.histogram();
    private final Histogram[] mailedByQuarter = {Results.histogram(), Results.histogram(), Results.histogram(), Results.histogram()};
    private long lost;
    private long moreThanTwo;
    private long wrongRecipients;
    private long mailedButNotAcked;
    private long unknownMarkers;
    private final Map<String, Long> failures;

    MailReport(MailSettings settings, List<ContactForm> forms, MailSink mails, MicroServer server, CpuUse cpu, String load, Instant began) {
        this.settings = settings;
        this.forms = forms;
        this.mails = mails;
        this.server = server;
        this.cpu = cpu;
        this.load = load;
        this.began = began;
        this.failures = forms.stream().filter(form -> !form.isAcked())
                .collect(Collectors.groupingBy(form -> String.valueOf(form.failure), TreeMap::new, Collectors.counting()));
        check();
    }

    private void check() {
        int measured = 0;
        for (ContactForm form : forms) {
            List<MailSink.Arrival> arrivals = mails.about(form.index);
            if (!form.isAcked()) {
                mailedButNotAcked += arrivals.isEmpty() ? 0 : 1;
                continue;
            }
            Results.record(form.warmup ? ackWarmup : ack, form.ackNanos());
            if (arrivals.size() < 2) {
                lost++;
            } else {
                long bothNanos = arrivals.get(1).nanos() - form.planned;
                Results.record(form.warmup ? mailedWarmup : mailed, bothNanos);
                if (!form.warmup) {
                    Results.record(mailedByQuarter[Math.min(3, measured * 4 / settings.forms())], bothNanos);
                }
            }
            moreThanTwo += arrivals.size() > 2 ? 1 : 0;
            long toShopper = arrivals.stream().filter(mail -> mail.recipient().equalsIgnoreCase(form.email)).count();
            wrongRecipients += arrivals.size() == 2 && toShopper != 1 ? 1 : 0;
            measured += form.warmup ? 0 : 1;
        }
        Set<Integer> known = forms.stream().map(form -> form.index).collect(Collectors.toSet());
        unknownMarkers = mails.forms().stream().filter(form -> !known.contains(form)).count();
    }

    boolean nothingWrong() {
        return failures.isEmpty() && lost == 0 && moreThanTwo == 0 && wrongRecipients == 0 && mailedButNotAcked == 0
                && unknownMarkers == 0 && mails.duplicates() == 0 && mails.withoutMarker() == 0;
    }

    void print(PrintStream out, Path dir) throws IOException {
        List<ContactForm> measured = forms.stream().filter(form -> !form.warmup).toList();
        long firstSubmit = measured.stream().mapToLong(form -> form.planned).filter(t -> t != 0).min().orElse(0);
        long lastAck = measured.stream().filter(ContactForm::isAcked).mapToLong(form -> form.acked).max().orElse(firstSubmit);
        long lastMail = measured.stream().map(form -> mails.about(form.index)).filter(arrivals -> !arrivals.isEmpty())
                .mapToLong(arrivals -> arrivals.get(arrivals.size() - 1).nanos()).max().orElse(firstSubmit);
        long acked = measured.stream().filter(ContactForm::isAcked).count();
        long mailCount = measured.stream().mapToLong(form -> mails.about(form.index).size()).sum();
        double ackSeconds = Math.max(1e-3, (lastAck - firstSubmit) / 1e9);
        double mailSeconds = Math.max(1e-3, (lastMail - firstSubmit) / 1e9);
        int cores = Machine.cores();
        StringBuilder r = new StringBuilder();
        r.append("\n==== Shopfloor offline mail: contact form -> contactAck -> both mails in the SMTP server ====\n");
        r.append(String.format("when:            %s (run took %d s)%n", began, Duration.between(began, Instant.now()).toSeconds()));
        r.append(String.format("machine:         %d cores seen by the JVM, Java %s; server, broker and driver (with GreenMail) share them%n",
                cores, System.getProperty("java.version")));
        r.append(String.format("load average:    %s (1/5/15 min; above %d, other processes competed for the cores)%n", load, cores));
        r.append(String.format("server:          Payara Micro, embedded H2, %s, ready after %.1f s, RSS %d MiB at the end%n",
                settings.server().serverJvmArgs(), server.readyAfter().toMillis() / 1000.0, server.rssMiB()));
        server.broker().ifPresent(broker -> r.append(String.format("broker:          own process, %s, listening after %.1f s, RSS %d MiB at the end%n",
                settings.server().brokerJvmArgs(), broker.startedIn().toMillis() / 1000.0, broker.rssMiB())));
        r.append(String.format("load:            %d forms (+%d warm-up, reported apart), %d shoppers at a time, one form per visit, %s%n",
                settings.forms(), settings.warmupForms(), settings.sockets(),
                settings.rate() > 0 ? settings.rate() + " forms/s planned" : "each shopper as fast as acked"));
        r.append(String.format("throughput:      %d acked in %.1f s = %.1f forms/s; %d mails in %.1f s = %.1f mails/s (first submit -> last ack / mail)%n",
                acked, ackSeconds, acked / ackSeconds, mailCount, mailSeconds, mailCount / mailSeconds));
        r.append(String.format("submit->ack:     %s%n", Results.summary(ack)));
        r.append(String.format("submit->2 mails: %s%n", Results.summary(mailed)));
        r.append(String.format("  p50/max by quarter of the forms (ms): %s%n", quarters()));
        r.append(String.format("  (warm-up ack:  %s)%n", Results.summary(ackWarmup)));
        r.append(String.format("  (warm-up mail: %s)%n", Results.summary(mailedWarmup)));
        r.append(String.format("CPU:             server %.1f s, broker %.1f s, driver+GreenMail %.1f s in %.1f s = %.0f%% of %d cores"
                        + " (first measured form -> last mail)%n",
                cpu.serverMillis() / 1000.0, cpu.brokerMillis() / 1000.0, cpu.driverMillis() / 1000.0, cpu.wallNanos() / 1e9,
                cpu.machinePercent(), cores));
        r.append(String.format("mails:           %d received in all, %d duplicates (same Message-ID), %d without a marker, %d about unknown forms%n",
                mails.received(), mails.duplicates(), mails.withoutMarker(), unknownMarkers));
        r.append(String.format("errors:          %d forms not acked%s, %d acked but fewer than 2 mails (lost), %d with more than 2,"
                        + " %d not one mail to the shopper, %d mailed but never acked%n",
                failures.values().stream().mapToLong(Long::longValue).sum(), failures.isEmpty() ? "" : " " + failures, lost, moreThanTwo,
                wrongRecipients, mailedButNotAcked));
        r.append(String.format("server log:      %s; %d mail attempts failed and retried, %d mails parked%n", server.logProblems(),
                server.logLinesContaining("not sent (attempt"), server.logLinesContaining("parked in the dead-letter queue")));
        r.append(nothingWrong() ? "verdict:         every acknowledged form gave exactly its two mails, none twice\n"
                : "verdict:         SOMETHING WAS LOST, DUPLICATED OR REFUSED (see errors)\n");
        r.append("==========================================================================================\n");
        out.print(r);
        Files.writeString(dir.resolve("results.txt"), r.toString());
        write(ack, dir.resolve("submit-to-ack.hgrm"));
        write(mailed, dir.resolve("submit-to-mails.hgrm"));
        out.println("[mail] written: " + dir.resolve("results.txt") + ", submit-to-ack.hgrm, submit-to-mails.hgrm (milliseconds)");
    }

    private String quarters() {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < mailedByQuarter.length; i++) {
            Histogram h = mailedByQuarter[i];
            line.append(String.format("%sQ%d: %s/%s", i == 0 ? "" : "  ", i + 1,
                    h.getTotalCount() == 0 ? "-" : Results.ms(h.getValueAtPercentile(50)), h.getTotalCount() == 0 ? "-" : Results.ms(h.getMaxValue())));
        }
        return line.toString();
    }

    private static void write(Histogram histogram, Path file) throws IOException {
        try (PrintStream hgrm = new PrintStream(Files.newOutputStream(file), true, StandardCharsets.UTF_8)) {
            histogram.outputPercentileDistribution(hgrm, 1000.0);
        }
    }
}
