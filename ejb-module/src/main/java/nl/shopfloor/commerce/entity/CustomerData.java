package nl.shopfloor.commerce.entity;

import java.math.BigDecimal;

/** What the shop says about one customer; everything but {@code ref} may be null. */
public record CustomerData(String ref, String email, String name, String company, String segment, BigDecimal lifetimeValue) {
}
