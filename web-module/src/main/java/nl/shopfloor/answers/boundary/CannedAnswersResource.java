package nl.shopfloor.answers.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.logging.Logger;
import nl.shopfloor.CachedJson;
import nl.shopfloor.JsonBody;
import nl.shopfloor.answers.control.AnswerRefused;
import nl.shopfloor.answers.control.CannedAnswers;
import nl.shopfloor.answers.control.FilledAnswer;
import nl.shopfloor.answers.entity.AnswerDraft;
import nl.shopfloor.answers.entity.CannedAnswer;
import nl.shopfloor.chat.control.AccessDenied;

/**
 * The logged-in agent's canned answers (answers A1-A7), for the reply box: the list, suggestions for {@code /query},
 * and a use, which gives the text with its placeholders filled for one of the agent's chats. web.xml lets every agent
 * in; the security filters refuse state changes from other sites (S-CSRF).
 */
@Path("answers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CannedAnswersResource {

    private static final Logger LOG = Logger.getLogger(CannedAnswersResource.class.getName());
    private static final String EXAMPLE = "{\"scope\": \"personal\" or \"team\", \"language\": \"nl\" or \"en\","
            + " \"shortcut\": \"retour\", \"title\": \"...\", \"text\": \"...\"}";
    /** Room for spaces around the fields; the draft has the last word. */
    private static final int SLACK = 100;

    @Inject
    SecurityContext security;
    @Inject
    CannedAnswers answers;

    @GET
    public JsonArray all() {
        return json(answers.visibleTo(caller()));
    }

    @GET
    @Path("suggestions")
    public JsonArray suggestions(@QueryParam("q") String query, @QueryParam("lang") String language) {
        if (query == null || query.isEmpty() || query.length() > AnswerDraft.MAX_SHORTCUT) {
            throw refused("'q' must be 1 to " + AnswerDraft.MAX_SHORTCUT + " characters");
        }
        return json(answers.suggestions(caller(), query, language == null ? "" : language));
    }

    @POST
    public Response add(JsonObject body) {
        JsonBody.required(body, EXAMPLE);
        String scope = JsonBody.text(body, "scope", 10);
        if (!scope.equals("team") && !scope.equals("personal")) {
            throw refused("'scope' must be personal or team");
        }
        try {
            CannedAnswer answer = answers.add(caller(), scope.equals("team"), draft(body));
            return Response.status(Response.Status.CREATED).entity(json(answer)).build();
        } catch (AnswerRefused e) {
            throw refused(e);
        }
    }

    @PUT
    @Path("{id}")
    public JsonObject change(@PathParam("id") String id, JsonObject body) {
        JsonBody.required(body, EXAMPLE);
        try {
            return json(answers.change(caller(), id, draft(body)));
        } catch (AnswerRefused e) {
            throw refused(e);
        }
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") String id) {
        try {
            answers.remove(caller(), id);
            return Response.noContent().build();
        } catch (AnswerRefused e) {
            throw refused(e);
        }
    }

    /** {@code {"conversation": "<id>"}}: one use counted; the answer's text for that chat, e.g. to insert. */
    @POST
    @Path("{id}/uses")
    public JsonObject use(@PathParam("id") String id, JsonObject body) {
        String conversation = JsonBody.text(JsonBody.required(body, "{\"conversation\": \"<id>\"}"), "conversation", 40);
        try {
            FilledAnswer filled = answers.use(caller(), id, conversation);
            JsonArrayBuilder unfilled = CachedJson.createArrayBuilder();
            filled.unfilled().forEach(unfilled::add);
            return CachedJson.createObjectBuilder().add("text", filled.text()).add("unfilled", unfilled).build();
        } catch (AnswerRefused e) {
            throw refused(e);
        } catch (AccessDenied e) {
            LOG.info(() -> "Canned answer refused for " + caller() + ": not their conversation");
            throw JsonBody.notFound(e.getMessage());
        }
    }

    private AnswerDraft draft(JsonObject body) {
        try {
            return new AnswerDraft(JsonBody.text(body, "language", SLACK), JsonBody.text(body, "shortcut", SLACK),
                    JsonBody.text(body, "title", AnswerDraft.MAX_TITLE + SLACK), JsonBody.text(body, "text", AnswerDraft.MAX_TEXT + SLACK));
        } catch (BadRequestException e) {
            LOG.info(() -> "Canned answer request refused for " + caller() + ": a field is missing, not text or far too long");
            throw e;
        }
    }

    private WebApplicationException refused(AnswerRefused e) {
        LOG.info(() -> "Canned answer refused for " + caller() + ": " + e.reason());
        return switch (e.reason()) {
            case NOT_FOUND -> JsonBody.notFound(e.getMessage());
            case NOT_ALLOWED -> new ForbiddenException(Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON)
                    .entity(CachedJson.createObjectBuilder().add("error", e.getMessage()).build()).build());
            default -> JsonBody.badRequest(e.getMessage());
        };
    }

    private BadRequestException refused(String message) {
        LOG.info(() -> "Canned answer request refused for " + caller() + ": " + message);
        return JsonBody.badRequest(message);
    }

    public static JsonArray json(List<CannedAnswer> list) {
        JsonArrayBuilder array = CachedJson.createArrayBuilder();
        list.forEach(answer -> array.add(json(answer)));
        return array.build();
    }

    static JsonObject json(CannedAnswer answer) {
        return CachedJson.createObjectBuilder()
                .add("id", answer.id())
                .add("scope", answer.isTeamWide() ? "team" : "personal")
                .add("language", answer.language())
                .add("shortcut", answer.shortcut())
                .add("title", answer.title())
                .add("text", answer.text())
                .add("uses", answer.uses())
                .build();
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }
}
