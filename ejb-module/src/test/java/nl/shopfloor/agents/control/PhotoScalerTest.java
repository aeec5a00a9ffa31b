package nl.shopfloor.agents.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import nl.shopfloor.agents.control.PhotoRefused.Reason;
import org.junit.jupiter.api.Test;

/** Real images made here with ImageIO, through the whole scaling path (agents A7). */
class PhotoScalerTest {

    final PhotoScaler scaler = new PhotoScaler();

    @Test
    void aWidePngBecomesItsCentredSquareAt256AndASmallOneAt96() throws IOException {
        ScaledPhoto photo = scaler.scale(image("png", 1200, 400, Color.RED, Color.GREEN, Color.BLUE));

        BufferedImage large = read(photo.image());
        assertThat(large.getWidth()).as("A7 square at 256").isEqualTo(256);
        assertThat(large.getHeight()).as("A7 square at 256").isEqualTo(256);
        // The centred square runs from x 400 to 800: the green middle third, none of the red or blue.
        assertThat(dominant(large.getRGB(10, 128))).as("A7 centred").isEqualTo(Color.GREEN);
        assertThat(dominant(large.getRGB(245, 128))).as("A7 centred").isEqualTo(Color.GREEN);
        BufferedImage small = read(photo.smallImage());
        assertThat(small.getWidth()).as("A7 small variant").isEqualTo(96);
        assertThat(small.getHeight()).as("A7 small variant").isEqualTo(96);
    }

    @Test
    void aTallJpegBecomesASquareAt256ShowingItsMiddle() throws IOException {
        // Thirds top to bottom; the square from y 300 to 600 sits in the middle third and a little of each other.
        BufferedImage large = read(scaler.scale(image("jpeg", 300, 900, Color.RED, Color.GREEN, Color.BLUE, true)).image());

        assertThat(large.getWidth()).as("A7").isEqualTo(256);
        assertThat(large.getHeight()).as("A7").isEqualTo(256);
        assertThat(dominant(large.getRGB(128, 128))).as("A7 centred").isEqualTo(Color.GREEN);
    }

    @Test
    void aSmallPhotoIsScaledUpAndAHugeOneDecodedSubsampled() throws IOException {
        assertThat(read(scaler.scale(image("png", 40, 60, Color.RED, Color.RED, Color.RED)).image()).getWidth())
                .as("A7").isEqualTo(256);
        assertThat(read(scaler.scale(image("jpeg", 5000, 3000, Color.BLUE, Color.GREEN, Color.RED)).image()).getWidth())
                .as("A7").isEqualTo(256);
    }

    @Test
    void theTypeIsTakenFromTheContentNotTheName() throws IOException {
        assertThat(PhotoScaler.Kind.of(image("png", 10, 10, Color.RED, Color.RED, Color.RED))).as("A7 a PNG is a PNG")
                .isEqualTo(PhotoScaler.Kind.PNG);
        assertThat(PhotoScaler.Kind.of(image("jpeg", 10, 10, Color.RED, Color.RED, Color.RED))).as("A7")
                .isEqualTo(PhotoScaler.Kind.JPEG);
        assertRefused("just some text, saved as photo.png".getBytes(StandardCharsets.UTF_8), Reason.UNSUPPORTED_TYPE);
        assertRefused(image("gif", 10, 10, Color.RED, Color.RED, Color.RED), Reason.UNSUPPORTED_TYPE);
        assertRefused(new byte[0], Reason.UNSUPPORTED_TYPE);
    }

    @Test
    void aHeaderClaimingHugeDimensionsIsRefusedBeforeDecoding() throws IOException {
        byte[] png = image("png", 10, 10, Color.RED, Color.RED, Color.RED);
        ByteBuffer ihdr = ByteBuffer.wrap(png);
        ihdr.putInt(16, 100_000).putInt(20, 100_000);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        ihdr.putInt(29, (int) crc.getValue());

        assertRefused(png, Reason.TOO_MANY_PIXELS);
    }

    @Test
    void truncatedAndMangledFilesAreRefusedAsCorrupt() throws IOException {
        byte[] jpeg = image("jpeg", 400, 400, Color.RED, Color.GREEN, Color.BLUE);
        assertRefused(Arrays.copyOf(jpeg, jpeg.length / 2), Reason.CORRUPT);
        byte[] png = image("png", 400, 400, Color.RED, Color.GREEN, Color.BLUE);
        assertRefused(Arrays.copyOf(png, png.length / 2), Reason.CORRUPT);
        byte[] onlyMagic = Arrays.copyOf(png, 40);
        assertRefused(onlyMagic, Reason.CORRUPT);
        byte[] riff = "RIFF\0\0\0\0WEBPVP8 garbage".getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(riff, Reason.CORRUPT);
    }

    @Test
    void moreThanFiveMegabytesIsRefused() {
        byte[] big = new byte[PhotoScaler.MAX_BYTES + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        assertRefused(big, Reason.TOO_LARGE);
    }

    @Test
    void aPhoneJpegTurnedByItsExifOrientationIsShownUpright() throws IOException {
        // Red above, blue below, as the sensor saw it; orientation 6 says: turn 90° clockwise to show it.
        byte[] sensor = image("jpeg", 600, 600, Color.RED, Color.RED, Color.BLUE, true);
        BufferedImage upright = read(scaler.scale(withOrientation(sensor, 6)).image());

        assertThat(dominant(upright.getRGB(240, 240))).as("A7 the top is now on the right").isEqualTo(Color.RED);
        assertThat(dominant(upright.getRGB(15, 128))).as("A7 the bottom is now on the left").isEqualTo(Color.BLUE);
        BufferedImage unturned = read(scaler.scale(sensor).image());
        assertThat(dominant(unturned.getRGB(128, 10))).as("A7 without EXIF nothing turns").isEqualTo(Color.RED);
    }

    @Test
    void anotherPictureGetsAnotherVersionTheSameOneTheSame() throws IOException {
        byte[] red = image("png", 300, 300, Color.RED, Color.RED, Color.RED);
        assertThat(scaler.scale(red).version()).as("A7").matches("[0-9a-f]{20}")
                .isEqualTo(scaler.scale(red).version())
                .isNotEqualTo(scaler.scale(image("png", 300, 300, Color.BLUE, Color.BLUE, Color.BLUE)).version());
    }

    @Test
    void theSmallUrlOfOurPhotosAndAnyOtherUrlAsItIs() {
        String url = Photos.url("AbCdEfGhIjKlMnOpQrStUvWx", "0123456789abcdef0123", false);
        assertThat(url).as("A7").isEqualTo("/photos/AbCdEfGhIjKlMnOpQrStUvWx/0123456789abcdef0123.jpg");
        assertThat(Photos.small(url)).as("A7").isEqualTo("/photos/AbCdEfGhIjKlMnOpQrStUvWx/0123456789abcdef0123-96.jpg");
        assertThat(Photos.small("/demo/photos/photo-1.svg")).as("A7").isEqualTo("/demo/photos/photo-1.svg");
        assertThat(Photos.small(null)).as("A7").isNull();
    }

    private void assertRefused(byte[] upload, Reason reason) {
        assertThatThrownBy(() -> scaler.scale(upload)).as("A7 " + reason)
                .isInstanceOfSatisfying(PhotoRefused.class, refused -> assertThat(refused.reason()).isEqualTo(reason));
    }

    private static byte[] image(String format, int width, int height, Color first, Color second, Color third) throws IOException {
        return image(format, width, height, first, second, third, width < height);
    }

    /** Three bands, left to right or top to bottom. */
    private static byte[] image(String format, int width, int height, Color first, Color second, Color third,
                                boolean topToBottom) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Color[] bands = {first, second, third};
        for (int i = 0; i < 3; i++) {
            g.setColor(bands[i]);
            if (topToBottom) {
                g.fillRect(0, i * height / 3, width, height / 3 + 1);
            } else {
                g.fillRect(i * width / 3, 0, width / 3 + 1, height);
            }
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    /** An APP1 segment with a one-entry EXIF IFD0 (the orientation), right after the JPEG's SOI. */
    private static byte[] withOrientation(byte[] jpeg, int orientation) {
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, 0, 0, 0, 0};
        byte[] exif = {'E', 'x', 'i', 'f', 0, 0};
        int length = 2 + exif.length + tiff.length;
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 2 + length);
        out.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xE1).putShort((short) length).put(exif).put(tiff)
                .put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    private static BufferedImage read(byte[] jpeg) throws IOException {
        assertThat(PhotoScaler.Kind.of(jpeg)).as("A7 served as JPEG").isEqualTo(PhotoScaler.Kind.JPEG);
        return ImageIO.read(new ByteArrayInputStream(jpeg));
    }

    private static Color dominant(int rgb) {
        Color c = new Color(rgb);
        if (c.getRed() > 180 && c.getGreen() < 90 && c.getBlue() < 90) {
            return Color.RED;
        }
        if (c.getGreen() > 180 && c.getRed() < 90 && c.getBlue() < 90) {
            return Color.GREEN;
        }
        if (c.getBlue() > 180 && c.getRed() < 90 && c.getGreen() < 90) {
            return Color.BLUE;
        }
        return Color.GRAY;
    }
}
