package nl.shopfloor.security.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * How the guards in this package refuse a request: one log line, then a JSON body with a code and reason for the
 * REST API, a short page in English and Dutch otherwise — never the resource, never a stack trace.
 */
final class Refusals {

    private static final Logger LOG = Logger.getLogger(Refusals.class.getName());
    private static final int LOGGED_CHARS = 200;

    private Refusals() {
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String code, String reason,
                       String english, String dutch) throws IOException {
        LOG.warning(() -> "Refused " + printable(request.getMethod()) + " " + printable(request.getRequestURI()) + " ("
                + code + "): " + printable(reason));
        response.resetBuffer();
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        String path = request.getRequestURI().substring(request.getContextPath().length()).replaceFirst("^/+", "/");
        byte[] body;
        if (path.startsWith("/api/")) {
            response.setContentType("application/json");
            body = Json.createObjectBuilder().add("error", code).add("reason", english).build().toString()
                    .getBytes(StandardCharsets.UTF_8);
        } else {
            response.setContentType("text/plain;charset=UTF-8");
            body = (english + "\n" + dutch + "\n").getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        // Committed, so that nothing after us (the login mechanism's failure handling) replaces the answer.
        response.flushBuffer();
    }

    /** What an attacker put in a header or URL never splits or floods our log. */
    static String printable(String text) {
        if (text == null) {
            return "-";
        }
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > LOGGED_CHARS ? clean.substring(0, LOGGED_CHARS) + "…" : clean;
    }
}
