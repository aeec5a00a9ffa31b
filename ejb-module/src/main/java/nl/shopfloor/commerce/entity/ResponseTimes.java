package nl.shopfloor.commerce.entity;

import java.time.Duration;

/** The shop's promises when nobody answers a chat: apologise, re-route, then offer the contact form. */
public record ResponseTimes(Duration apologyAfter, Duration rerouteAfter, Duration abandonAfter) {

    public ResponseTimes {
        if (apologyAfter.isNegative() || rerouteAfter.compareTo(apologyAfter) < 0 || abandonAfter.compareTo(rerouteAfter) < 0) {
            throw new IllegalArgumentException("Expected 0 <= apology <= re-route <= abandon");
        }
    }
}
