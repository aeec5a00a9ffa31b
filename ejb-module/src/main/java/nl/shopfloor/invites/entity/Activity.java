package nl.shopfloor.invites.entity;

import java.time.Instant;

/**
 * What the widget reported about one shopper's page view and session: the input of one invite evaluation.
 * {@code at} is when it was reported; conditions compare against it and never read a clock, so an evaluation is
 * the same every time for the same activity.
 */
public record Activity(Instant at, PageView page, Visit visit, Shopper shopper) {
}
