package nl.shopfloor.chat.control;

import nl.shopfloor.chat.entity.ShopperContext;

/** The shopper of an open chat opened another page or changed their cart (C20): the agent's panel shows it. */
public record ShopperContextChanged(String agentUsername, ShopperContext context) {
}
