package nl.shopfloor.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The browser's side of a Web Push subscription, written from the RFCs with the JDK alone (not with the server's
 * library): a P-256 key pair and a 16-byte auth secret as {@code PushManager.subscribe} makes them, the decryption of an
 * aes128gcm message (RFC 8291 section 3, RFC 8188) and the check of a VAPID Authorization header (RFC 8292).
 * Public for the load drivers (load-tests), which take it from this module's test jar.
 */
public final class PushBrowser {

    private static final Base64.Decoder B64 = Base64.getUrlDecoder();
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();

    private final KeyPair keys;
    final byte[] auth = new byte[16];

    public PushBrowser() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        keys = generator.generateKeyPair();
        new SecureRandom().nextBytes(auth);
    }

    /** {@code PushSubscription.toJSON()}. */
    public String subscription(String endpoint) {
        return Json.createObjectBuilder().add("endpoint", endpoint).add("keys", Json.createObjectBuilder()
                .add("p256dh", ENCODE.encodeToString(point((ECPublicKey) keys.getPublic())))
                .add("auth", ENCODE.encodeToString(auth))).build().toString();
    }

    /** RFC 8291 section 3.4 and RFC 8188 section 2: one record, the padding delimiter 2 and zeros after it. */
    public JsonObject decrypt(byte[] body) throws Exception {
        ByteBuffer header = ByteBuffer.wrap(body);
        byte[] salt = new byte[16];
        header.get(salt);
        int recordSize = header.getInt();
        int idLength = header.get() & 0xff;
        byte[] serverKey = new byte[idLength];
        header.get(serverKey);
        byte[] ciphertext = Arrays.copyOfRange(body, header.position(), body.length);
        if (idLength != 65 || recordSize < 18 || ciphertext.length > recordSize) {
            throw new AssertionError("not one aes128gcm record with the sender's key as keyid: idlen " + idLength + ", rs " + recordSize);
        }
        KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
        ecdh.init(keys.getPrivate());
        ecdh.doPhase(publicKey(serverKey), true);
        byte[] sharedSecret = ecdh.generateSecret();
        byte[] prkKey = hmac(auth, sharedSecret);
        byte[] keyInfo = concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), point((ECPublicKey) keys.getPublic()), serverKey, new byte[] {1});
        byte[] ikm = hmac(prkKey, keyInfo);
        byte[] prk = hmac(salt, ikm);
        byte[] cek = Arrays.copyOf(hmac(prk, concat("Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), new byte[] {1})), 16);
        byte[] nonce = Arrays.copyOf(hmac(prk, concat("Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), new byte[] {1})), 12);
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
        byte[] padded = aes.doFinal(ciphertext);
        int end = padded.length - 1;
        while (end >= 0 && padded[end] == 0) {
            end--;
        }
        if (end < 0 || padded[end] != 2) {
            throw new AssertionError("the last record's padding delimiter (2) is missing");
        }
        return Json.createReader(new StringReader(new String(padded, 0, end, StandardCharsets.UTF_8))).readObject();
    }

    /** RFC 8292: {@code vapid t=<ES256 JWT>, k=<public key>}; returns the JWT's claims once its signature checks out. */
    static JsonObject vapidClaims(String authorization, String expectedPublicKey) throws Exception {
        if (authorization == null || !authorization.startsWith("vapid ")) {
            throw new AssertionError("not a vapid Authorization: " + authorization);
        }
        String token = null;
        String key = null;
        for (String part : authorization.substring(6).split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair[0].equals("t")) {
                token = pair[1];
            } else if (pair[0].equals("k")) {
                key = pair[1];
            }
        }
        if (token == null || key == null) {
            throw new AssertionError("vapid without t= or k=: " + authorization);
        }
        if (!key.equals(expectedPublicKey)) {
            throw new AssertionError("k= is not the server's public key " + expectedPublicKey + ": " + key);
        }
        String[] jwt = token.split("\\.");
        JsonObject header = json(B64.decode(jwt[0]));
        if (!"ES256".equals(header.getString("alg", null))) {
            throw new AssertionError("JWT not ES256: " + header);
        }
        Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
        es256.initVerify(publicKey(B64.decode(key)));
        es256.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
        if (!es256.verify(B64.decode(jwt[2]))) {
            throw new AssertionError("the VAPID JWT's signature does not verify with the server's public key");
        }
        return json(B64.decode(jwt[1]));
    }

    private static JsonObject json(byte[] utf8) {
        return Json.createReader(new StringReader(new String(utf8, StandardCharsets.UTF_8))).readObject();
    }

    private static ECPublicKey publicKey(byte[] uncompressed) throws Exception {
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECParameterSpec spec = parameters.getParameterSpec(ECParameterSpec.class);
        ECPoint point = new ECPoint(new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, 33)),
                new BigInteger(1, Arrays.copyOfRange(uncompressed, 33, 65)));
        return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, spec));
    }

    static byte[] point(ECPublicKey key) {
        byte[] point = new byte[65];
        point[0] = 4;
        copy32(key.getW().getAffineX(), point, 1);
        copy32(key.getW().getAffineY(), point, 33);
        return point;
    }

    private static void copy32(BigInteger value, byte[] into, int at) {
        byte[] bytes = value.toByteArray();
        int length = Math.min(32, bytes.length);
        System.arraycopy(bytes, bytes.length - length, into, at + 32 - length, length);
    }

    private static byte[] hmac(byte[] key, byte[] data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(part -> part.length).sum();
        ByteBuffer all = ByteBuffer.allocate(length);
        Arrays.stream(parts).forEach(all::put);
        return all.array();
    }
}
