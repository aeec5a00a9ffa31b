package nl.shopfloor.loadtest;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * An RFC 8030 push service on 127.0.0.1 for the load drivers, and the browsers subscribed to it: each subscription
 * ({@code /push/<name>}) has a P-256 key pair and an auth secret of its own, as {@code PushManager.subscribe} makes them.
 * A message is taken with 201; its arrival time ({@link System#nanoTime()}) is taken before anything else, then it is
 * decrypted (RFC 8291 aes128gcm) and handed on with that time.
 */
final class PushReceiver implements AutoCloseable {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private record Browser(KeyPair keys, byte[] point, byte[] auth) {
    }

    private final HttpServer server;
    private final Map<String, Browser> browsers = new ConcurrentHashMap<>();

    /** {@code arrived}: the arrival time and the decrypted payload. */
    PushReceiver(BiConsumer<Long, JsonObject> arrived) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/push/", exchange -> {
            long at = System.nanoTime();
            try (exchange; InputStream in = exchange.getRequestBody()) {
                byte[] body = in.readNBytes(8192);
                Browser browser = browsers.get(exchange.getRequestURI().getPath().substring("/push/".length()));
                exchange.sendResponseHeaders(browser == null ? 404 : 201, -1);
                if (browser != null) {
                    arrived.accept(at, decrypt(browser, body));
                }
            } catch (Exception e) {
                System.err.println("[load] push message not understood: " + e);
            }
        });
        server.start();
    }

    /** A new browser's {@code PushSubscription.toJSON()}, with its endpoint here. */
    String subscribe(String name) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = generator.generateKeyPair();
        byte[] auth = new byte[16];
        new SecureRandom().nextBytes(auth);
        Browser browser = new Browser(keys, point((ECPublicKey) keys.getPublic()), auth);
        browsers.put(name, browser);
        return JsonSocket.JSON.createObjectBuilder().add("endpoint", "http://127.0.0.1:" + server.getAddress().getPort() + "/push/" + name)
                .add("keys", JsonSocket.JSON.createObjectBuilder().add("p256dh", B64.encodeToString(browser.point()))
                        .add("auth", B64.encodeToString(auth))).build().toString();
    }

    private static JsonObject decrypt(Browser browser, byte[] body) throws Exception {
        ByteBuffer header = ByteBuffer.wrap(body);
        byte[] salt = new byte[16];
        header.get(salt);
        header.getInt();
        byte[] serverKey = new byte[header.get() & 0xff];
        header.get(serverKey);
        KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
        ecdh.init(browser.keys().getPrivate());
        ecdh.doPhase(publicKey(serverKey), true);
        byte[] ikm = hmac(hmac(browser.auth(), ecdh.generateSecret()),
                concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), browser.point(), serverKey, new byte[] {1}));
        byte[] prk = hmac(salt, ikm);
        byte[] cek = Arrays.copyOf(hmac(prk, concat("Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), new byte[] {1})), 16);
        byte[] nonce = Arrays.copyOf(hmac(prk, concat("Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), new byte[] {1})), 12);
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
        byte[] padded = aes.doFinal(body, header.position(), body.length - header.position());
        int end = padded.length - 1;
        while (end > 0 && padded[end] == 0) {
            end--;
        }
        return JsonSocket.JSON.createReader(new StringReader(new String(padded, 0, end, StandardCharsets.UTF_8))).readObject();
    }

    private static ECPublicKey publicKey(byte[] uncompressed) throws Exception {
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECPoint point = new ECPoint(new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, 33)),
                new BigInteger(1, Arrays.copyOfRange(uncompressed, 33, 65)));
        return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(
                new ECPublicKeySpec(point, parameters.getParameterSpec(ECParameterSpec.class)));
    }

    private static byte[] point(ECPublicKey key) {
        byte[] point = new byte[65];
        point[0] = 4;
        for (int i = 0; i < 2; i++) {
            byte[] bytes = (i == 0 ? key.getW().getAffineX() : key.getW().getAffineY()).toByteArray();
            int length = Math.min(32, bytes.length);
            System.arraycopy(bytes, bytes.length - length, point, 1 + 32 * i + 32 - length, length);
        }
        return point;
    }

    private static byte[] hmac(byte[] key, byte[] data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    private static byte[] concat(byte[]... parts) {
        ByteBuffer all = ByteBuffer.allocate(Arrays.stream(parts).mapToInt(part -> part.length).sum());
        Arrays.stream(parts).forEach(all::put);
        return all.array();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
