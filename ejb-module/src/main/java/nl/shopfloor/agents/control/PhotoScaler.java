package nl.shopfloor.agents.control;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import nl.shopfloor.agents.control.PhotoRefused.Reason;

/**
 * Makes an upload into an agent's photo (agents A7): recognised by its first bytes, its size in pixels read from the
 * header before any pixel is decoded, only the centred square decoded (and at most about {@link #DECODE_SIDE} px a
 * side of it, by subsampling, so a large photo never needs its full raster in memory), turned upright by its EXIF
 * orientation, scaled down in halving steps and written as JPEG.
 */
@ApplicationScoped
public class PhotoScaler {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** 40 megapixels: more than phones' usual photos, far less than a decompression bomb. */
    public static final long MAX_PIXELS = 40_000_000L;
    public static final int SIZE = 256;
    public static final int SMALL = 96;
    /** Subsampling stops here: halving steps from this to 256 px give a sharp, unaliased picture. */
    static final int DECODE_SIDE = 1024;
    /** Decoding takes a CPU and some 10 MB each: two at a time, the others wait up to 20 s. */
    static final int DECODING_AT_ONCE = 2;
    private static final float JPEG_QUALITY = 0.88f;

    private final Semaphore decoding = new Semaphore(DECODING_AT_ONCE, true);

    public ScaledPhoto scale(byte[] upload) {
        if (upload.length > MAX_BYTES) {
            throw new PhotoRefused(Reason.TOO_LARGE, upload.length + " bytes");
        }
        Kind kind = Kind.of(upload);
        acquire();
        try {
            BufferedImage square = decodeCentredSquare(upload, kind);
            BufferedImage upright = orient(scaleTo(square, SIZE), orientation(upload));
            byte[] image = jpeg(upright);
            return new ScaledPhoto(image, jpeg(scaleTo(upright, SMALL)), version(image));
        } finally {
            decoding.release();
        }
    }

    /** What an upload is by its magic bytes; its name and declared type are the sender's word only. */
    enum Kind {
        JPEG, PNG, WEBP;

        private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

        static Kind of(byte[] bytes) {
            if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
                return JPEG;
            }
            if (bytes.length > 8 && Arrays.equals(bytes, 0, 8, PNG_SIGNATURE, 0, 8)) {
                return PNG;
            }
            if (bytes.length > 12 && ascii(bytes, 0, "RIFF") && ascii(bytes, 8, "WEBP")) {
                return WEBP;
            }
            throw new PhotoRefused(Reason.UNSUPPORTED_TYPE, "not a JPEG, PNG or WebP image");
        }

        private static boolean ascii(byte[] bytes, int at, String text) {
            for (int i = 0; i < text.length(); i++) {
                if (bytes[at + i] != text.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        ImageReader reader() {
            return switch (this) {
                // The JDK's own readers; ImageIO's registry would also offer whatever another library put there.
                case JPEG -> ImageIO.getImageReadersByFormatName("jpeg").next();
                case PNG -> ImageIO.getImageReadersByFormatName("png").next();
                case WEBP -> new WebPImageReaderSpi().createReaderInstance(null);
            };
        }
    }

    private void acquire() {
        try {
            if (!decoding.tryAcquire(20, TimeUnit.SECONDS)) {
                throw new PhotoRefused(Reason.BUSY, DECODING_AT_ONCE + " photos are being decoded");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PhotoRefused(Reason.BUSY, "interrupted");
        }
    }

    static BufferedImage decodeCentredSquare(byte[] upload, Kind kind) {
        ImageReader reader;
        try {
            reader = kind.reader();
        } catch (RuntimeException | LinkageError e) {
            throw new PhotoRefused(Reason.UNSUPPORTED_TYPE, "no " + kind + " decoder: " + e);
        }
        List<String> warnings = new ArrayList<>();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width < 1 || height < 1 || (long) width * height > MAX_PIXELS) {
                throw new PhotoRefused(Reason.TOO_MANY_PIXELS, width + " x " + height);
            }
            int side = Math.min(width, height);
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceRegion(new Rectangle((width - side) / 2, (height - side) / 2, side, side));
            int step = Math.max(1, side / DECODE_SIDE);
            param.setSourceSubsampling(step, step, 0, 0);
            // The JDK's JPEG reader fills a truncated file up with grey and only warns.
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage image = reader.read(0, param);
            if (!warnings.isEmpty()) {
                throw new PhotoRefused(Reason.CORRUPT, String.join("; ", warnings));
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof PhotoRefused refused) {
                throw refused;
            }
            throw new PhotoRefused(Reason.CORRUPT, e.toString());
        } finally {
            reader.dispose();
        }
    }

    /** A square image at {@code size} px: halving steps down (each bilinear), one bicubic step up if small. */
    static BufferedImage scaleTo(BufferedImage square, int size) {
        BufferedImage current = resize(square, square.getWidth());
        while (current.getWidth() > size) {
            current = resize(current, Math.max(size, current.getWidth() / 2));
        }
        return current.getWidth() < size ? resize(current, size) : current;
    }

    /** Drawn onto white RGB: transparency becomes white, every source type becomes one the JPEG writer takes. */
    private static BufferedImage resize(BufferedImage source, int side) {
        BufferedImage target = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, side > source.getWidth()
                    ? RenderingHints.VALUE_INTERPOLATION_BICUBIC : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, side, side);
            g.drawImage(source, 0, 0, side, side, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /** The EXIF orientation (1 to 8) of a JPEG or WebP; 1 when there is none or it cannot be read. */
    static int orientation(byte[] upload) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(upload), upload.length);
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            return exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)
                    ? exif.getInt(ExifIFD0Directory.TAG_ORIENTATION) : 1;
        } catch (ImageProcessingException | MetadataException | IOException | RuntimeException e) {
            return 1;
        }
    }

    /** Turns a square as its EXIF orientation says the camera held it; each pixel comes from one source pixel. */
    static BufferedImage orient(BufferedImage square, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return square;
        }
        int n = square.getWidth() - 1;
        BufferedImage upright = new BufferedImage(n + 1, n + 1, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y <= n; y++) {
            for (int x = 0; x <= n; x++) {
                int rgb = switch (orientation) {
                    case 2 -> square.getRGB(n - x, y);
                    case 3 -> square.getRGB(n - x, n - y);
                    case 4 -> square.getRGB(x, n - y);
                    case 5 -> square.getRGB(y, x);
                    case 6 -> square.getRGB(y, n - x);
                    case 7 -> square.getRGB(n - y, n - x);
                    default -> square.getRGB(n - y, x);
                };
                upright.setRGB(x, y, rgb);
            }
        }
        return upright;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** Changes with every different picture, so its URL can be cached for good. */
    private static String version(byte[] image) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(image), 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
