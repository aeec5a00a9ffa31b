package nl.shopfloor;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads every JSON request body of our REST API (in place of Jersey's JSON-P reader): at most
 * {@link #MAX_BYTES}, at most {@link #MAX_DEPTH} levels deep, strict UTF-8, one object. Anything else is a
 * 400 (413 when too big) with a JSON reason, read no further than the limit.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonBodyReader implements MessageBodyReader<JsonObject> {

    /** Our largest body, a week of opening hours for a team, is about 5 KB. */
    static final int MAX_BYTES = 64 * 1024;
    /** A batch of 5,000 orders with a few lines each is about 4 MB. */
    static final int MAX_LARGE_BYTES = 8 * 1024 * 1024;
    static final int MAX_DEPTH = 8;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonObject.class;
    }

    @Override
    public JsonObject readFrom(Class<JsonObject> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                               MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        long limit = Arrays.stream(annotations).anyMatch(LargeBody.class::isInstance) ? MAX_LARGE_BYTES : MAX_BYTES;
        Bounded bounded = new Bounded(entityStream, limit);
        PushbackInputStream body = new PushbackInputStream(bounded);
        int first = body.read();
        if (first == -1) {
            return null;
        }
        body.unread(first);
        try {
            return BoundedJson.object(new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), MAX_DEPTH);
        } catch (BoundedJson.NotJson e) {
            if (bounded.exceeded) {
                throw refused(Response.Status.REQUEST_ENTITY_TOO_LARGE, "The request body may hold at most " + limit + " bytes");
            }
            throw refused(Response.Status.BAD_REQUEST, "The request body " + e.getMessage());
        }
    }

    private static WebApplicationException refused(Response.Status status, String reason) {
        return new WebApplicationException(Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(CachedJson.createObjectBuilder().add("error", reason).build()).build());
    }

    /** Stops reading at the limit: a body of many megabytes costs no more than the limit. */
    private static final class Bounded extends FilterInputStream {
        private long left;
        private boolean exceeded;

        Bounded(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b == -1 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, (int) Math.min(length, left + 1));
            count(Math.max(read, 0));
            return read;
        }

        private void count(int read) throws IOException {
            left -= read;
            if (left < 0) {
                exceeded = true;
                throw new IOException("body too large");
            }
        }
    }
}
