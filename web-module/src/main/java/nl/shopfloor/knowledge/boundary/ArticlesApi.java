package nl.shopfloor.knowledge.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.shopfloor.JsonBody;
import nl.shopfloor.LargeBody;
import nl.shopfloor.commerce.boundary.ShopApi;
import nl.shopfloor.commerce.boundary.ShopApiGuard;
import nl.shopfloor.knowledge.control.ArticleRefused;
import nl.shopfloor.knowledge.control.ArticleRows;
import nl.shopfloor.knowledge.control.Articles;
import nl.shopfloor.knowledge.control.ImportReport;

/**
 * {@code POST /api/v1/articles}: the shop's FAQ articles imported with its API key (knowledge K2), {@code {"articles":
 * [{language, title, body, url, ref}, …]}}. 200 with what was created and updated and each refused row by number; 422
 * when no row was valid; 400 for a body that is no list of articles.
 */
@ShopApi
@Path("v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ArticlesApi {

    private static final String EXAMPLE = "{\"articles\": [{\"language\": \"nl\", \"title\": \"…\", \"body\": \"…\", "
            + "\"url\": \"https://…\", \"ref\": \"faq-12\"}, …]}";

    @Inject
    Articles articles;
    @Context
    HttpServletRequest request;

    @POST
    public Response importArticles(@LargeBody JsonObject body) {
        List<ArticleRows.Row> rows;
        try {
            rows = ArticleRows.json(JsonBody.required(body, EXAMPLE));
        } catch (ArticleRefused e) {
            throw JsonBody.badRequest(e.getMessage() + ": " + EXAMPLE);
        }
        ImportReport report = articles.importRows(ShopApiGuard.callerOf(request).shopId(), rows);
        boolean nothingValid = !rows.isEmpty() && report.refused().size() == rows.size();
        return Response.status(nothingValid ? 422 : 200).entity(KnowledgeJson.report(report)).build();
    }
}
