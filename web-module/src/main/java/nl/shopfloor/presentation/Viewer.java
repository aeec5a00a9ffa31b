package nl.shopfloor.presentation;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.commerce.control.Shops;

/** Who looks at a dashboard page: their user name, their shop and its time zone. */
public record Viewer(String username, String shopId, ZoneId zone) implements Serializable {

    public static Viewer current(Agents agents, Shops shops) {
        Agent agent = agents.find(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser()).orElseThrow();
        return new Viewer(agent.username(), agent.shopId(), shops.find(agent.shopId()).orElseThrow().zone());
    }

    /** A moment in the shop's time zone, written the way the viewer's language writes it. */
    public String when(Instant at, FormatStyle time) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, time)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale()).withZone(zone).format(at);
    }
}
