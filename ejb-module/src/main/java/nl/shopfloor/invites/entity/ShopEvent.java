package nl.shopfloor.invites.entity;

import java.time.Instant;

/** A named event of the shop's own ({@code Shopfloor.push(['event', name, …])}) and when the widget saw it. */
public record ShopEvent(String name, Instant at) {
}
