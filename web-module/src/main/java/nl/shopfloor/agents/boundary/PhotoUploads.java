package nl.shopfloor.agents.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.control.PhotoRefused;
import nl.shopfloor.agents.control.PhotoScaler;
import nl.shopfloor.agents.control.Photos;
import nl.shopfloor.agents.entity.Agent;

/**
 * Photo uploads (agents A7): {@code POST /api/photos/me} with a multipart part {@code photo} replaces the caller's
 * own photo, {@code DELETE} removes it; {@code /api/photos/<public id>} does the same for another agent of the shop,
 * for admins. Answers {@code {"photo": url, "small": url}}; refusals {@code {"error": code, "reason": text}} with 413
 * (over 5 MB), 415 (not JPEG, PNG or WebP by content), 400 (corrupt, too many pixels, no part), 403, 404.
 * A servlet, not a JAX-RS resource: the container's multipart parsing with its size limits (web.xml).
 */
public class PhotoUploads extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(PhotoUploads.class.getName());
    static final String PART = "photo";
    /** The multipart envelope around the file: boundaries, headers, a file name. */
    static final long ENVELOPE_BYTES = 64 * 1024;
    static final long DRAINED_BYTES = 4L * PhotoScaler.MAX_BYTES;

    @Inject
    Agents agents;
    @Inject
    Photos photos;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Agent> agent = target(request, response);
        if (agent.isEmpty()) {
            return;
        }
        if (request.getContentLengthLong() > PhotoScaler.MAX_BYTES + ENVELOPE_BYTES) {
            drain(request);
            refuse(request, response, 413, "too_large", "The photo is larger than 5 MB.");
            return;
        }
        byte[] upload;
        try {
            Part part = request.getPart(PART);
            if (part == null) {
                refuse(request, response, 400, "no_photo", "Send the photo as the multipart part 'photo'.");
                return;
            }
            try (InputStream in = part.getInputStream()) {
                upload = in.readNBytes(PhotoScaler.MAX_BYTES + 1);
            }
        } catch (IllegalStateException tooLarge) {
            drain(request);
            refuse(request, response, 413, "too_large", "The photo is larger than 5 MB.");
            return;
        } catch (ServletException | IOException notMultipart) {
            refuse(request, response, 400, "no_photo", "Send the photo as multipart/form-data with a part 'photo'.");
            return;
        }
        try {
            String url = photos.upload(agent.get().shopId(), agent.get().username(), upload);
            answer(response, Json.createObjectBuilder().add("photo", url).add("small", Photos.small(url)).build());
        } catch (PhotoRefused refused) {
            refuse(request, response, refused);
        }
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Agent> agent = target(request, response);
        if (agent.isPresent()) {
            photos.remove(agent.get().shopId(), agent.get().username());
            answer(response, Json.createObjectBuilder().add("photo", "").add("small", "").build());
        }
    }

    /** The caller for {@code me}; another agent of the caller's shop for admins. */
    private Optional<Agent> target(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Agent caller = agents.find(request.getRemoteUser()).orElse(null);
        String who = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (caller == null) {
            refuse(request, response, 401, "login_required", "Log in first.");
            return Optional.empty();
        }
        if (who.equals("me") || who.equals(caller.publicId())) {
            return Optional.of(caller);
        }
        if (!request.isUserInRole("admin")) {
            refuse(request, response, 403, "forbidden", "Only admins change other agents' photos.");
            return Optional.empty();
        }
        Optional<Agent> agent = agents.byPublicId(caller.shopId(), who);
        if (agent.isEmpty()) {
            refuse(request, response, 404, "no_agent", "No such agent in this shop.");
        }
        return agent;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, PhotoRefused refused) throws IOException {
        switch (refused.reason()) {
            case TOO_LARGE -> refuse(request, response, 413, "too_large", "The photo is larger than 5 MB.", refused);
            case UNSUPPORTED_TYPE -> refuse(request, response, 415, "unsupported_type", "Upload a JPEG, PNG or WebP image.", refused);
            case TOO_MANY_PIXELS -> refuse(request, response, 400, "too_many_pixels", "The image has more than 40 megapixels.", refused);
            case CORRUPT -> refuse(request, response, 400, "corrupt", "The file is damaged or not a complete image.", refused);
            case BUSY -> refuse(request, response, 503, "busy", "Many photos are being processed; try again in a minute.", refused);
            case NOT_IN_SHOP -> refuse(request, response, 404, "no_agent", "No such agent in this shop.", refused);
        }
    }

    /**
     * Reads what the client still sends (up to {@link #DRAINED_BYTES}) before the refusal: a browser that is cut off
     * while uploading reports a network error instead of our 413.
     */
    private static void drain(HttpServletRequest request) {
        try (InputStream in = request.getInputStream()) {
            long left = DRAINED_BYTES;
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read > 0 && left > 0; read = in.read(buffer)) {
                left -= read;
            }
        } catch (IOException | IllegalStateException gone) {
            // The refusal goes out all the same.
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String code,
                               String reason) throws IOException {
        refuse(request, response, status, code, reason, null);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String code,
                               String reason, PhotoRefused cause) throws IOException {
        LOG.warning(() -> "Refused photo " + request.getMethod() + " " + request.getRequestURI() + " for "
                + request.getRemoteUser() + ": " + status + " " + code + (cause == null ? "" : " (" + cause.getMessage() + ")"));
        response.setStatus(status);
        answer(response, Json.createObjectBuilder().add("error", code).add("reason", reason).build());
    }

    private static void answer(HttpServletResponse response, JsonObject json) throws IOException {
        byte[] body = json.toString().getBytes(StandardCharsets.UTF_8);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
