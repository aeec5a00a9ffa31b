package nl.shopfloor.commerce.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.shopfloor.chat.control.AccessDenied;
import nl.shopfloor.chat.control.WidgetTexts;
import nl.shopfloor.commerce.control.CustomerPanel;
import nl.shopfloor.commerce.control.CustomerPanels;

/**
 * The customer panel beside a chat, for the agent it is assigned to (commerce M4); anybody else gets 404, as for
 * an unknown id. web.xml lets every agent in.
 */
@Path("conversations/{id}/customer")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerPanelsResource {

    @Inject
    SecurityContext security;
    @Inject
    CustomerPanels panels;
    @Inject
    WidgetTexts texts;

    @GET
    public JsonObject panel(@PathParam("id") String conversationId) {
        CustomerPanel panel;
        try {
            panel = panels.of(security.getCallerPrincipal().getName(), conversationId);
        } catch (AccessDenied e) {
            throw new NotFoundException(e.getMessage());
        }
        return CustomerPanelJson.toJson(panel, texts.of(panel.conversation().language()));
    }
}
