package nl.shopfloor.chat.boundary;

import nl.shopfloor.EntityTags;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Serves the widget's files (widget-module, {@code /widget/…}) compressed and cacheable (S-WIDGET), from memory:
 * they are read, gzipped and hashed once at start-up.
 *
 * <ul>
 * <li>{@code /widget/loader.js}, the URL shops embed, may change with every release: cached 5 minutes, then
 * revalidated with its ETag (304).</li>
 * <li>The parts it loads on demand are asked for as {@code /widget/<version>/<file>}, the version being a hash of
 * all parts: such a URL never changes its content, so it is cached for a year. The loader's source names them
 * {@code /widget/latest/}; it goes out with that replaced. {@code latest} and versions of earlier releases (a
 * loader still cached) get the current file, revalidated on every use.</li>
 * </ul>
 * Why not Payara's HTTP compression: it would gzip every response, also pages and JSON carrying session data
 * (BREACH), and the versions need code anyway.
 */
public class WidgetFiles extends HttpServlet {

    static final String LOADER = "loader.js";
    static final String LATEST = "latest";
    private static final String FOLDER = "/widget/";
    private static final String LOADER_CACHE = "public, max-age=300";
    private static final String VERSIONED_CACHE = "public, max-age=31536000, immutable";
    private static final String REVALIDATE = "no-cache";
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript;charset=UTF-8", "css", "text/css;charset=UTF-8");

    record File(String type, byte[] plain, byte[] gzipped, String tag) {
    }

    private Map<String, File> files;
    private String version;

    @Override
    public void init() throws ServletException {
        Map<String, byte[]> sources = read(getServletContext());
        if (!sources.containsKey(LOADER)) {
            throw new ServletException("the widget's " + LOADER + " is missing from " + FOLDER);
        }
        MessageDigest parts = sha256();
        sources.forEach((name, bytes) -> {
            if (!name.equals(LOADER)) {
                parts.update(name.getBytes(StandardCharsets.UTF_8));
                parts.update(bytes);
            }
        });
        version = HexFormat.of().formatHex(parts.digest()).substring(0, 12);
        Map<String, File> served = new TreeMap<>();
        sources.forEach((name, bytes) -> served.put(name, file(name, name.equals(LOADER) ? versioned(bytes) : bytes)));
        files = served;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = request.getPathInfo() == null ? new String[0] : request.getPathInfo().substring(1).split("/", -1);
        File file = path.length == 1 || path.length == 2 ? files.get(path[path.length - 1]) : null;
        if (file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String cache = path.length == 1 ? (path[0].equals(LOADER) ? LOADER_CACHE : REVALIDATE)
                : path[0].equals(version) ? VERSIONED_CACHE : REVALIDATE;
        boolean gzip = acceptsGzip(request.getHeader("Accept-Encoding"));
        String etag = gzip ? "\"" + file.tag() + "-gz\"" : "\"" + file.tag() + "\"";
        response.setHeader("Cache-Control", cache);
        response.setHeader("Vary", "Accept-Encoding");
        response.setHeader("ETag", etag);
        if (EntityTags.matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = gzip ? file.gzipped() : file.plain();
        response.setContentType(file.type());
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }

    private byte[] versioned(byte[] loader) {
        return new String(loader, StandardCharsets.UTF_8).replace(FOLDER + LATEST + "/", FOLDER + version + "/")
                .getBytes(StandardCharsets.UTF_8);
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.toLowerCase().split(",")) {
            String[] parts = coding.trim().split(";");
            if (parts[0].trim().equals("gzip")) {
                return parts.length == 1 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    private static Map<String, byte[]> read(ServletContext context) {
        Set<String> paths = context.getResourcePaths(FOLDER);
        Map<String, byte[]> sources = new TreeMap<>();
        if (paths == null) {
            return sources;
        }
        for (String path : paths) {
            String name = path.substring(FOLDER.length());
            String extension = name.substring(name.lastIndexOf('.') + 1);
            if (!name.contains("/") && TYPES.containsKey(extension)) {
                try (InputStream in = context.getResourceAsStream(path)) {
                    sources.put(name, in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return sources;
    }

    private static File file(String name, byte[] plain) {
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped) {
            {
                def.setLevel(9);
            }
        }) {
            gzip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String tag = HexFormat.of().formatHex(sha256().digest(plain)).substring(0, 16);
        return new File(TYPES.get(name.substring(name.lastIndexOf('.') + 1)), plain, gzipped.toByteArray(), tag);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
