package nl.shopfloor.knowledge.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import nl.shopfloor.Ids;
import nl.shopfloor.knowledge.control.Articles;
import nl.shopfloor.knowledge.entity.Article;

/**
 * An article without a URL of its own, served as a small page (knowledge K1) so a suggested link always works: every
 * character the shop wrote is escaped, no script, cacheable for five minutes and revalidated by its ETag.
 */
@Path("knowledge/{id}")
public class ArticlePage {

    @Inject
    Articles articles;

    @GET
    @Produces("text/html;charset=UTF-8")
    public Response page(@PathParam("id") String id, @Context Request request) {
        Article article = Ids.isWellFormed(id) ? articles.byId(id).orElse(null) : null;
        if (article == null) {
            throw new NotFoundException("No such article");
        }
        EntityTag tag = new EntityTag(Long.toHexString(article.updatedAt().toEpochMilli()));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).build();
        }
        String page = "<!DOCTYPE html><html lang=\"" + article.language() + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escaped(article.title())
                + "</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1f2328}"
                + "p{white-space:pre-line}</style></head><body><main><h1>" + escaped(article.title()) + "</h1><p>"
                + escaped(article.body()) + "</p></main></body></html>";
        return Response.ok(page).tag(tag).cacheControl(cache).build();
    }

    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
