package nl.shopfloor.kpi.control;

import java.math.BigDecimal;
import nl.shopfloor.kpi.control.ShopFigures.Satisfaction;
import nl.shopfloor.kpi.entity.FirstResponses;

/** One team's share of a period's chats (K9): the chats of the agents in the team now, their orders and ratings. */
public record TeamFigures(String team, String name, long conversations, long creditedOrders, BigDecimal creditedRevenue,
                          FirstResponses responses, Satisfaction satisfaction) {

    /** Credited orders ÷ the team's chats. */
    public Double chatConversion() {
        return conversations == 0 ? null : (double) creditedOrders / conversations;
    }
}
