package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Photo uploads through the real boundary (agents A7): multipart POSTs as a browser sends them, the served image,
 * its caching headers, the URL the team page carries, and the refusals.
 * Seed assumptions: demo agent pieter (photo /demo/photos/photo-5.svg, restored afterwards) and admin.
 */
class PhotosIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String BOUNDARY = "----shopfloor-photo-test";
    static ShopfloorServer server;
    static ServerAddress address;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void boot() {
        server = ShopfloorServer.shared();
        address = ServerAddress.of(server);
    }

    @AfterEach
    void restorePieter() throws Exception {
        try (Connection db = server.jdbc()) {
            db.createStatement().executeUpdate("DELETE FROM agent_photo WHERE agent_username = 'pieter'");
            db.createStatement().executeUpdate("UPDATE agent SET photo_url = '/demo/photos/photo-5.svg' WHERE username = 'pieter'");
        }
    }

    @Test
    void anUploadedPhotoIsServedSquareCachedForGoodAndCarriedByTheTeamPage() throws Exception {
        String pieter = new AgentLogin(server).login("pieter");
        // A PNG that calls itself a JPEG: the content decides.
        HttpResponse<String> uploaded = upload(pieter, "me", image("png", 900, 500), "photo.jpg", "image/jpeg");
        assertThat(uploaded.statusCode()).as("A7 " + uploaded.body()).isEqualTo(200);
        String url = json(uploaded).getString("photo");
        assertThat(url).as("A7 versioned").matches("/photos/" + publicId() + "/[0-9a-f]{20}\\.jpg");
        assertThat(json(uploaded).getString("small")).as("A7").isEqualTo(url.replace(".jpg", "-96.jpg"));

        HttpResponse<byte[]> served = get(url, null);
        assertThat(served.statusCode()).as("A7").isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).as("A7").hasValue("image/jpeg");
        assertThat(served.headers().firstValue("Cache-Control")).as("A7").hasValue("public, max-age=31536000, immutable");
        assertThat(served.headers().firstValue("Cross-Origin-Resource-Policy")).as("A7 shop pages may load it").hasValue("cross-origin");
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(served.body()));
        assertThat(picture.getWidth()).as("A7 square at 256").isEqualTo(256);
        assertThat(picture.getHeight()).as("A7 square at 256").isEqualTo(256);
        String tag = served.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = get(url, tag);
        assertThat(again.statusCode()).as("A7 If-None-Match").isEqualTo(304);
        assertThat(again.body()).as("A7").isEmpty();
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(get(json(uploaded).getString("small"), null).body()));
        assertThat(small.getWidth()).as("A7 small").isEqualTo(96);

        try (Shopper shopper = Shopper.arrive(server)) {
            assertThat(teamPhotoOfPieter(shopper)).as("A7 the team page carries the new URL").isEqualTo(url);
        }
        try (Connection db = server.jdbc()) {
            assertThat(photoUrlOfPieter(db)).as("A7 what chat and invites read").isEqualTo(url);
        }

        HttpResponse<String> replaced = upload(pieter, "me", image("jpeg", 400, 800), "other.jpg", "image/jpeg");
        String newUrl = json(replaced).getString("photo");
        assertThat(newUrl).as("A7 a new picture, a new URL").isNotEqualTo(url);
        assertThat(get(url, null).statusCode()).as("A7 the old URL is gone").isEqualTo(404);
        assertThat(get(newUrl, null).statusCode()).as("A7").isEqualTo(200);
    }

    @Test
    void badUploadsAreRefusedWithAReasonNeverA500() throws Exception {
        String pieter = new AgentLogin(server).login("pieter");
        byte[] jpeg = image("jpeg", 600, 600);
        byte[] tooLarge = Arrays.copyOf(jpeg, 6 * 1024 * 1024);

        assertRefused(upload(pieter, "me", tooLarge, "big.jpg", "image/jpeg"), 413, "too_large");
        assertRefused(upload(pieter, "me", "not an image at all".getBytes(StandardCharsets.UTF_8), "photo.png", "image/png"),
                415, "unsupported_type");
        assertRefused(upload(pieter, "me", Arrays.copyOf(jpeg, jpeg.length / 2), "cut.jpg", "image/jpeg"), 400, "corrupt");
        assertRefused(upload(pieter, "me", hugeHeader(), "bomb.png", "image/png"), 400, "too_many_pixels");
        HttpResponse<String> noPart = http.send(HttpRequest.newBuilder(address.uri("/api/photos/me")).timeout(TIMEOUT)
                .header("Cookie", pieter).header("Origin", address.origin())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertRefused(noPart, 400, "no_photo");
        try (Connection db = server.jdbc()) {
            assertThat(photoUrlOfPieter(db)).as("A7 nothing changed").isEqualTo("/demo/photos/photo-5.svg");
        }
    }

    @Test
    void adminsChangeAndRemoveAnyonesPhotoAgentsOnlyTheirOwn() throws Exception {
        String admin = new AgentLogin(server).login("admin");
        String sanne = new AgentLogin(server).login("sanne");
        String pieterId = publicId();

        assertRefused(upload(sanne, pieterId, image("png", 300, 300), "p.png", "image/png"), 403, "forbidden");
        HttpResponse<String> byAdmin = upload(admin, pieterId, image("png", 300, 300), "p.png", "image/png");
        assertThat(byAdmin.statusCode()).as("A7 " + byAdmin.body()).isEqualTo(200);
        HttpResponse<String> crossSite = http.send(multipart(admin, pieterId, image("png", 300, 300), "p.png", "image/png")
                .header("Origin", "https://evil.example").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(crossSite.statusCode()).as("S-CSRF").isEqualTo(403);

        HttpResponse<String> removed = http.send(HttpRequest.newBuilder(address.uri("/api/photos/" + pieterId)).timeout(TIMEOUT)
                .header("Cookie", admin).header("Origin", address.origin()).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(removed.statusCode()).as("A7").isEqualTo(200);
        assertThat(get(json(byAdmin).getString("photo"), null).statusCode()).as("A7 removed").isEqualTo(404);
        try (Shopper shopper = Shopper.arrive(server)) {
            assertThat(teamPhotoOfPieter(shopper)).as("A7 initials again").isEmpty();
        }
    }

    private static void assertRefused(HttpResponse<String> response, int status, String error) {
        assertThat(response.statusCode()).as("A7 " + error + ": " + response.body()).isEqualTo(status);
        JsonObject body = json(response);
        assertThat(body.getString("error")).as("A7").isEqualTo(error);
        assertThat(body.getString("reason")).as("A7 a message").isNotBlank();
    }

    private static HttpResponse<String> upload(String cookie, String who, byte[] file, String name, String type) throws Exception {
        return http.send(multipart(cookie, who, file, name, type).header("Origin", address.origin()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder multipart(String cookie, String who, byte[] file, String name, String type) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"" + name
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(address.uri("/api/photos/" + who)).timeout(TIMEOUT).header("Cookie", cookie)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private static HttpResponse<byte[]> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(address.uri(path)).timeout(TIMEOUT).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String teamPhotoOfPieter(Shopper shopper) {
        return shopper.team().getJsonArray("members").stream().map(member -> member.asJsonObject())
                .filter(member -> member.getString("name").equals("Pieter Visser")).findFirst().orElseThrow()
                .getString("photo");
    }

    private static String publicId() throws Exception {
        try (Connection db = server.jdbc();
             ResultSet rs = db.createStatement().executeQuery("SELECT public_id FROM agent WHERE username = 'pieter'")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private static String photoUrlOfPieter(Connection db) throws Exception {
        try (PreparedStatement select = db.prepareStatement("SELECT photo_url FROM agent WHERE username = 'pieter'");
             ResultSet rs = select.executeQuery()) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    /** Three coloured bands, written by ImageIO. */
    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Color[] bands = {new Color(0xB3261E), new Color(0x1B7F3B), new Color(0x1D4F91)};
        for (int i = 0; i < 3; i++) {
            g.setColor(bands[i]);
            g.fillRect(i * width / 3, 0, width / 3 + 1, height);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A tiny PNG whose header claims 100,000 x 100,000 pixels. */
    private static byte[] hugeHeader() throws IOException {
        byte[] png = image("png", 10, 10);
        ByteBuffer.wrap(png).putInt(16, 100_000).putInt(20, 100_000);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        ByteBuffer.wrap(png).putInt(29, (int) crc.getValue());
        return png;
    }
}
