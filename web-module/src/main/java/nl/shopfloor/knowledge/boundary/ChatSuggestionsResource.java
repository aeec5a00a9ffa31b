package nl.shopfloor.knowledge.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import nl.shopfloor.CachedJson;
import nl.shopfloor.answers.boundary.CannedAnswersResource;
import nl.shopfloor.chat.control.AccessDenied;
import nl.shopfloor.knowledge.control.ChatSuggestions;

/**
 * The suggested articles and canned answers beside a chat, for the agent it is assigned to (knowledge K4, answers
 * A9); anybody else gets 404, as for an unknown id. Addresses are absolute: the agent sends them on to the shopper.
 */
@Path("conversations/{id}/suggestions")
@Produces(MediaType.APPLICATION_JSON)
public class ChatSuggestionsResource {

    @Inject
    SecurityContext security;
    @Inject
    ChatSuggestions suggestions;
    @Context
    UriInfo uri;

    @GET
    public JsonObject suggestions(@PathParam("id") String conversationId) {
        ChatSuggestions.ForChat found;
        try {
            found = suggestions.of(security.getCallerPrincipal().getName(), conversationId);
        } catch (AccessDenied e) {
            throw new NotFoundException(e.getMessage());
        }
        String base = uri.getBaseUri().toString().replaceAll("/api/?$", "");
        return CachedJson.createObjectBuilder().add("conversation", conversationId).add("question", found.question())
                .add("articles", KnowledgeJson.suggestions(found.articles(), base))
                .add("answers", CannedAnswersResource.json(found.answers())).build();
    }
}
