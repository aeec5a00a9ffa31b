package nl.shopfloor.routing.control;

import java.util.Locale;

/** What routing knows about a new chat. {@code ownAgent} may be null; {@code pageText} is url and title. */
public record RoutingRequest(String shopId, String topic, String language, String pageText, String ownAgent) {

    public RoutingRequest {
        pageText = pageText == null ? "" : pageText.toLowerCase(Locale.ROOT);
    }
}
