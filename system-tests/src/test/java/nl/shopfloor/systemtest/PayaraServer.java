package nl.shopfloor.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The built {@code shopfloor.ear} on a real Payara Server 6 (full profile), in a fresh domain of its own under
 * {@code target/payara-domains} (a copy of the distribution's untouched {@code domain1}: admin without password),
 * against MariaDB ({@code shopfloor_ear}, emptied before the start) with demo data.
 * <ul>
 * <li>Ports: a base whose hundred ports are all free, laid out as {@code create-domain --portbase} would (admin +48,
 * HTTP +80, HTTPS +81, IIOP +37..39, JMS +76, JMX +86, OSGi shell +66, debugger +9, Hazelcast +49/+59).</li>
 * <li>Network rule of this workplace (ARCHITECTURE.md): before the first start, domain.xml is edited so that
 * every listener of the server config (HTTP, admin, IIOP, the JMS broker's) binds 127.0.0.1, the Hazelcast data
 * grid is off, the JMX connector is off and Payara's "phone home" (a request to payara.fish) is off.</li>
 * <li>The application's {@code DB_*} and {@code SHOPFLOOR_DEMO_DATA} reach it as the environment of
 * {@code asadmin start-domain}, which the server JVM inherits (the application reads them through
 * {@code ${ENV=...}} in its {@code @DataSourceDefinition}).</li>
 * <li>Ready means {@code GET /api/health/ready} answers 200 — not Payara's own "started" message.</li>
 * <li>Stopped with {@code asadmin stop-domain} (the process is killed if that does not end it), from
 * {@link #stop()} and from a shutdown hook; a leftover of an interrupted earlier run is killed first.</li>
 * </ul>
 * Configuration (system properties, set by system-tests/pom.xml; each falls back to the environment variable in
 * upper case with dots as underscores): {@code shopfloor.payara.home} (the unpacked {@code payara6}),
 * {@code shopfloor.payara.domains}, {@code shopfloor.ear}, {@code shopfloor.ear.db.url},
 * {@code shopfloor.it.db.user}, {@code shopfloor.it.db.password}.
 */
final class PayaraServer {

    static final String DOMAIN = "shopfloor-ear";
    private static final String DB_CLASS = "org.mariadb.jdbc.MariaDbDataSource";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration DEPLOY_TIMEOUT = Duration.ofSeconds(300);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final int LOG_LINES_ON_FAILURE = 150;
    private static final int ADMIN_PORT_OFFSET = 48;
    private static final int HTTP_PORT_OFFSET = 80;

    private final Path install;
    private final Path domains;
    private final Path ear;
    final TestDatabase database;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile int portBase;
    private volatile ProcessHandle server;
    private volatile boolean stopped;
    private TestBroker broker;
    private final Thread shutdownHook = new Thread(this::stop, "stop-payara-server-" + DOMAIN);

    private PayaraServer(Path install, Path domains, Path ear, TestDatabase database) {
        this.install = install;
        this.domains = domains;
        this.ear = ear;
        this.database = database;
    }

    /** Creates the domain, starts it, deploys the EAR and waits until the application reports ready. */
    static PayaraServer start() {
        PayaraServer payara = new PayaraServer(
                directory("shopfloor.payara.home", "target/payara6"),
                Path.of(ShopfloorServer.config("shopfloor.payara.domains", "target/payara-domains")).toAbsolutePath().normalize(),
                ShopfloorServer.file("shopfloor.ear", "target/shopfloor/shopfloor.ear", "../ear/target/shopfloor.ear"),
                TestDatabase.fromConfig("shopfloor.ear.db", "shopfloor_ear"));
        try {
            payara.boot();
            return payara;
        } catch (RuntimeException | Error e) {
            payara.stop();
            throw e;
        } catch (Exception e) {
            payara.stop();
            throw payara.fail("could not start", e);
        }
    }

    ServerAddress address() {
        return new ServerAddress(URI.create("http://127.0.0.1:" + (portBase + HTTP_PORT_OFFSET)));
    }

    int adminPort() {
        return portBase + ADMIN_PORT_OFFSET;
    }

    /** The server JVM (not asadmin, which ends once the domain runs). */
    ProcessHandle process() {
        return server;
    }

    Path domainDir() {
        return domains.resolve(DOMAIN);
    }

    Path log() {
        return domainDir().resolve("logs/server.log");
    }

    /** Output of every asadmin command this class ran, in order. */
    Path asadminLog() {
        return domains.resolve("asadmin.log");
    }

    String logTail(int lines) {
        try {
            List<String> all = new String(Files.readAllBytes(log()), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log at " + log() + ": " + e + ")";
        }
    }

    private void boot() throws Exception {
        Instant begin = Instant.now();
        Files.createDirectories(domains);
        stopLeftoverOfEarlierRun();
        deleteTree(domainDir());
        Files.deleteIfExists(asadminLog());
        database.reset("SHOPFLOOR_EAR_DB_URL, SHOPFLOOR_IT_DB_USER/_PASSWORD");
        Runtime.getRuntime().addShutdownHook(shutdownHook);

        portBase = freePortBase();
        // A copy of the distribution's unused domain1 instead of create-domain, which spends 15 s of CPU on keys.
        copyTree(install.resolve("glassfish/domains/domain1"), domainDir());
        configure(domainDir().resolve("config/domain.xml"), portBase);
        Instant created = Instant.now();

        asadmin(START_TIMEOUT, applicationEnvironment(), "start-domain", "--domaindir", domains.toString(), DOMAIN);
        server = serverProcessFromPidFile()
                .orElseThrow(() -> fail("start-domain ended without a running server process (config/pid)", null));
        Instant started = Instant.now();

        // The same broker and resource adapter as on Micro: the EAR's message-driven bean names the adapter "artemis".
        broker = new TestBroker(domains.resolve("broker"));
        broker.forgetMessages();
        broker.start();
        asadmin(DEPLOY_TIMEOUT, null, "--host", "127.0.0.1", "--port", Integer.toString(adminPort()),
                "create-resource-adapter-config", "--property",
                "ConnectionParameters=host\\=127.0.0.1;port\\=" + broker.port(), "artemis");
        asadmin(DEPLOY_TIMEOUT, null, "--host", "127.0.0.1", "--port", Integer.toString(adminPort()),
                "deploy", "--name", "artemis", "--force=true",
                ShopfloorServer.file("shopfloor.rar", "target/shopfloor/artemis.rar", "../jms-adapter/target/artemis.rar").toString());
        asadmin(DEPLOY_TIMEOUT, null, "--host", "127.0.0.1", "--port", Integer.toString(adminPort()),
                "deploy", "--name", "shopfloor", "--force=true", ear.toString());
        Instant deployed = Instant.now();

        awaitReady();
        System.out.printf("[PayaraServer] %s ready at %s (admin port %d, pid %d): domain %d s, start-domain %d s,"
                        + " deploy %d s, ready %d s after the deploy; log %s%n",
                ear.getFileName(), address().baseUri(), adminPort(), server.pid(),
                Duration.between(begin, created).toSeconds(), Duration.between(created, started).toSeconds(),
                Duration.between(started, deployed).toSeconds(), Duration.between(deployed, Instant.now()).toSeconds(), log());
    }

    /**
     * The application's environment for the server JVM: inherited from asadmin start-domain. Nothing of the test
     * JVM's own DB_* or SHOPFLOOR_* gets through; AS_JAVA makes asadmin and the server use this test's JDK.
     */
    private Map<String, String> applicationEnvironment() {
        return Map.of(
                "DB_CLASS", DB_CLASS,
                "DB_URL", database.url,
                "DB_USER", database.user,
                "DB_PASSWORD", database.password,
                "SHOPFLOOR_DEMO_DATA", "true");
    }

    /** Polls readiness, using the wait for the server process to end as the pause between polls. */
    private void awaitReady() throws Exception {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        HttpRequest ready = HttpRequest.newBuilder(address().uri("/api/health/ready")).timeout(Duration.ofSeconds(10)).GET().build();
        String last = "no answer yet";
        while (true) {
            try {
                HttpResponse<String> response = http.send(ready, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = "HTTP " + response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            }
            if (Instant.now().isAfter(deadline)) {
                throw fail("the EAR is deployed, but GET /api/health/ready was not 200 within "
                        + READY_TIMEOUT.toSeconds() + " s; last: " + last, null);
            }
            try {
                server.onExit().get(500, TimeUnit.MILLISECONDS);
                throw fail("the server process ended before the application was ready", null);
            } catch (TimeoutException stillRunning) {
                // poll again
            }
        }
    }

    /**
     * Stops the domain: asadmin stop-domain, then the process itself if it is still there. Safe to call more than
     * once and from the shutdown hook (not synchronized: the hook must not wait for a start in progress).
     */
    void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (broker != null) {
            broker.stop();
        }
        ProcessHandle running = server != null ? server : serverProcessFromPidFile().orElse(null);
        if (running == null || !running.isAlive()) {
            return;
        }
        try {
            asadmin(STOP_TIMEOUT, null, "stop-domain", "--domaindir", domains.toString(), DOMAIN);
        } catch (RuntimeException e) {
            System.out.println("[PayaraServer] stop-domain failed, killing pid " + running.pid() + ": " + e.getMessage());
        }
        kill(running);
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException | IllegalArgumentException alreadyShuttingDownOrNotAdded) {
            // nothing to remove
        }
    }

    private static void kill(ProcessHandle process) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            process.onExit().get(20, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            process.destroyForcibly();
            process.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(t -> process).join();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** A server of an earlier, interrupted run (same domain dir) would hold the ports and the database. */
    private void stopLeftoverOfEarlierRun() {
        serverProcessFromPidFile()
                .filter(p -> p.info().commandLine().map(c -> c.contains(domainDir().toString())).orElse(false))
                .ifPresent(p -> {
                    // Its domain is deleted next: no need for an orderly shutdown (SIGTERM can take 20 s and more).
                    System.out.println("[PayaraServer] killing leftover Payara Server of an earlier run, pid " + p.pid());
                    p.destroyForcibly();
                    p.onExit().orTimeout(30, TimeUnit.SECONDS).join();
                });
    }

    private Optional<ProcessHandle> serverProcessFromPidFile() {
        Path pidFile = domainDir().resolve("config/pid");
        try {
            return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim())).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Runs {@code asadmin} (its CLI jar on this test's JDK) and waits for it; output goes to {@link #asadminLog()}
     * (a file, never a pipe: start-domain's server JVM could hold a pipe open for its whole life).
     */
    private void asadmin(Duration timeout, Map<String, String> extraEnvironment, String... arguments) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-jar",
                install.resolve("glassfish/lib/client/appserver-cli.jar").toString(), "--interactive=false"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(domains.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(asadminLog().toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("DB_") || key.startsWith("SHOPFLOOR_") || key.startsWith("AS_"));
        env.put("AS_JAVA", System.getProperty("java.home"));
        if (extraEnvironment != null) {
            env.putAll(extraEnvironment);
        }
        String what = "asadmin " + String.join(" ", arguments);
        try {
            Files.writeString(asadminLog(), "\n$ " + what + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw fail(what + " did not end within " + timeout.toSeconds() + " s", null);
            }
            if (process.exitValue() != 0) {
                throw fail(what + " failed with exit code " + process.exitValue(), null);
            }
        } catch (IOException e) {
            throw fail("could not run " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw fail("interrupted: " + what, e);
        }
    }

    /**
     * Before the first start: the ports from {@code base}; every listener of the server's config on 127.0.0.1, no
     * data grid (Hazelcast would look for members), no JMX connector (not needed; RMI), no phone home (Payara
     * reports to payara.fish). FullServerEarIT checks what the server really listens on.
     */
    private static void configure(Path domainXml, int base) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(domainXml.toFile());
        XPath xpath = XPathFactory.newInstance().newXPath();
        Element config = (Element) xpath.evaluate("/domain/configs/config[@name='server-config']", doc, XPathConstants.NODE);
        if (config == null) {
            throw new IllegalStateException("no server-config in " + domainXml);
        }
        String c = "/domain/configs/config[@name='server-config']";
        attribute(doc, xpath, c + "//network-listener[@name='admin-listener']", "port", base + ADMIN_PORT_OFFSET);
        attribute(doc, xpath, c + "//network-listener[@name='http-listener-1']", "port", base + HTTP_PORT_OFFSET);
        attribute(doc, xpath, c + "//network-listener[@name='http-listener-2']", "port", base + 81);
        attribute(doc, xpath, c + "//iiop-listener[@id='orb-listener-1']", "port", base + 37);
        attribute(doc, xpath, c + "//iiop-listener[@id='SSL']", "port", base + 38);
        attribute(doc, xpath, c + "//iiop-listener[@id='SSL_MUTUALAUTH']", "port", base + 39);
        attribute(doc, xpath, c + "/system-property[@name='JMS_PROVIDER_PORT']", "value", base + 76);
        attribute(doc, xpath, c + "//jmx-connector", "port", base + 86);
        attribute(doc, xpath, "/domain/hazelcast-runtime-configuration", "das-port", base + 49);
        attribute(doc, xpath, "/domain/hazelcast-runtime-configuration", "start-port", base + 59);
        Element name = (Element) xpath.evaluate("/domain/property[@name='administrative.domain.name']", doc, XPathConstants.NODE);
        if (name != null) {
            name.setAttribute("value", DOMAIN);
        }
        Element java = (Element) xpath.evaluate(c + "/java-config", doc, XPathConstants.NODE);
        java.setAttribute("debug-options", java.getAttribute("debug-options").replaceAll("address=\\d+", "address=" + (base + 9)));
        NodeList options = (NodeList) xpath.evaluate(c + "/java-config/jvm-options", doc, XPathConstants.NODESET);
        for (int i = 0; i < options.getLength(); i++) {
            if (options.item(i).getTextContent().startsWith("-Dosgi.shell.telnet.port=")) {
                options.item(i).setTextContent("-Dosgi.shell.telnet.port=" + (base + 66));
            }
        }
        for (String listener : List.of("network-listener", "iiop-listener", "jmx-connector")) {
            NodeList found = config.getElementsByTagName(listener);
            for (int i = 0; i < found.getLength(); i++) {
                ((Element) found.item(i)).setAttribute("address", "127.0.0.1");
            }
        }
        // The embedded broker's lazy listener (opened at boot) binds 0.0.0.0 when its host is "localhost", else that
        // host. domain1's server-config has no jms-service yet: the server adds default-config's at first start.
        if (config.getElementsByTagName("jms-service").getLength() == 0) {
            Element defaults = (Element) xpath.evaluate("/domain/configs/config[@name='default-config']/jms-service", doc, XPathConstants.NODE);
            if (defaults == null) {
                throw new IllegalStateException("no jms-service in default-config of " + domainXml + " to copy");
            }
            config.appendChild(defaults.cloneNode(true));
        }
        NodeList jmsHosts = config.getElementsByTagName("jms-host");
        for (int i = 0; i < jmsHosts.getLength(); i++) {
            ((Element) jmsHosts.item(i)).setAttribute("host", "127.0.0.1");
        }
        child(config, "jmx-connector").setAttribute("enabled", "false");
        child(config, "hazelcast-config-specific-configuration").setAttribute("enabled", "false");
        child(config, "phone-home-runtime-configuration").setAttribute("enabled", "false");
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.transform(new DOMSource(doc), new StreamResult(domainXml.toFile()));
    }

    /** Sets the attribute on the one element the expression finds; fails when there is none. */
    private static void attribute(Document doc, XPath xpath, String expression, String name, int value) throws Exception {
        Element element = (Element) xpath.evaluate(expression, doc, XPathConstants.NODE);
        if (element == null) {
            throw new IllegalStateException("domain.xml has no " + expression + " (another Payara version?)");
        }
        element.setAttribute(name, Integer.toString(value));
    }

    private static Element child(Element parent, String name) {
        NodeList found = parent.getElementsByTagName(name);
        if (found.getLength() > 0) {
            return (Element) found.item(0);
        }
        Element created = parent.getOwnerDocument().createElement(name);
        parent.appendChild(created);
        return created;
    }

    /** A multiple of 100 in 10000..29900 (below Linux's ephemeral ports) whose hundred ports nobody listens on. */
    private static int freePortBase() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = 10_000 + 100 * ThreadLocalRandom.current().nextInt(200);
            if (allFree(base, 100)) {
                return base;
            }
        }
        throw new IllegalStateException("no free range of 100 ports found for the Payara Server domain");
    }

    private static boolean allFree(int base, int count) {
        for (int port = base; port < base + count; port++) {
            // The wildcard address: the bind fails when anyone listens on this port, on any address.
            try (ServerSocket probe = new ServerSocket()) {
                probe.bind(new InetSocketAddress(port), 1);
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }

    private IllegalStateException fail(String message, Throwable cause) {
        String asadminOutput;
        try {
            asadminOutput = Files.readString(asadminLog());
        } catch (IOException e) {
            asadminOutput = "(none: " + e + ")";
        }
        return new IllegalStateException("Payara Server (domain " + domainDir() + ", port base " + portBase + "): " + message
                + "\n--- asadmin output (" + asadminLog() + ") ---\n" + asadminOutput
                + "\n--- last " + LOG_LINES_ON_FAILURE + " lines of " + log() + " ---\n" + logTail(LOG_LINES_ON_FAILURE), cause);
    }

    private static Path directory(String property, String fallback) {
        Path path = Path.of(ShopfloorServer.config(property, fallback)).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path.resolve("glassfish/lib/client/appserver-cli.jar"))) {
            throw new IllegalStateException("missing " + property + ": no Payara Server at " + path
                    + " (./mvnw -B verify -pl system-tests unpacks it in pre-integration-test)");
        }
        return path;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Files.copy(path, to.resolve(from.relativize(path).toString()));
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    /**
     * What the operating system says about the server process (Linux {@code /proc}); empty elsewhere.
     */
    static final class Proc {
        private static final Pattern SOCKET = Pattern.compile("socket:\\[(\\d+)]");

        private Proc() {
        }

        static boolean available(ProcessHandle process) {
            return Files.isDirectory(Path.of("/proc", Long.toString(process.pid()), "fd"));
        }

        /** The process's environment, as it started. */
        static Map<String, String> environment(ProcessHandle process) throws IOException {
            String raw = new String(Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "environ")), StandardCharsets.UTF_8);
            Map<String, String> env = new java.util.TreeMap<>();
            for (String entry : raw.split("\0")) {
                int eq = entry.indexOf('=');
                if (eq > 0) {
                    env.put(entry.substring(0, eq), entry.substring(eq + 1));
                }
            }
            return env;
        }

        /** Resident set size in MB. */
        static long rssMegabytes(ProcessHandle process) throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
            return -1;
        }

        /**
         * Its TCP sockets (IPv4 and IPv6) that are listening or connected, from /proc/net/tcp{,6} — the ones whose
         * inode is among the process's file descriptors.
         */
        static List<TcpSocket> tcpSockets(ProcessHandle process) throws IOException {
            Set<String> inodes = new HashSet<>();
            try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(process.pid()), "fd"))) {
                for (Path fd : (Iterable<Path>) fds::iterator) {
                    try {
                        Matcher socket = SOCKET.matcher(Files.readSymbolicLink(fd).toString());
                        if (socket.matches()) {
                            inodes.add(socket.group(1));
                        }
                    } catch (IOException closedMeanwhile) {
                        // the descriptor went away while listing
                    }
                }
            }
            List<TcpSocket> sockets = new ArrayList<>();
            for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
                Path path = Path.of(table);
                if (!Files.exists(path)) {
                    continue;
                }
                List<String> lines = Files.readAllLines(path);
                for (String line : lines.subList(1, lines.size())) {
                    // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode
                    String[] fields = line.trim().split("\\s+");
                    if (fields.length > 9 && inodes.contains(fields[9])) {
                        String[] local = fields[1].split(":");
                        String[] remote = fields[2].split(":");
                        sockets.add(new TcpSocket("0A".equals(fields[3]), local[0], Integer.parseInt(local[1], 16),
                                remote[0], Integer.parseInt(remote[1], 16)));
                    }
                }
            }
            return sockets;
        }

        /**
         * A TCP socket; addresses in /proc's hex form (32-bit words in host byte order). A listening socket stays on
         * loopback when it listens on a loopback address, a connection when its peer is one.
         */
        record TcpSocket(boolean listening, String localHex, int localPort, String remoteHex, int remotePort) {
            boolean staysOnLoopback() {
                return loopback(listening ? localHex : remoteHex);
            }

            private static boolean loopback(String hex) {
                boolean littleEndian = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;
                String lastWord = hex.substring(hex.length() - 8);
                boolean word127 = littleEndian ? lastWord.endsWith("7F") : lastWord.startsWith("7F");
                return switch (hex.length()) {
                    case 8 -> word127; // 127.x.x.x
                    case 32 -> hex.equals(littleEndian ? "00000000000000000000000001000000" : "00000000000000000000000000000001") // ::1
                            || (hex.startsWith(littleEndian ? "0000000000000000FFFF0000" : "00000000000000000000FFFF") && word127); // ::ffff:127.x
                    default -> false;
                };
            }

            @Override
            public String toString() {
                return (listening ? "listening on " + localHex + ":" + localPort
                        : "connected " + localHex + ":" + localPort + " -> " + remoteHex + ":" + remotePort)
                        + (staysOnLoopback() ? " (loopback)" : " (NOT loopback)");
            }
        }
    }
}
