package nl.shopfloor.chat.boundary;

import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import nl.shopfloor.chat.control.InviteAnswer;
import nl.shopfloor.chat.control.KnownShoppers;
import nl.shopfloor.invites.control.Considered;
import nl.shopfloor.invites.control.InvitePresenters;
import nl.shopfloor.invites.control.Invitations;
import nl.shopfloor.invites.control.ShownPresenter;
import nl.shopfloor.invites.entity.Activity;
import nl.shopfloor.invites.entity.InviteHistory;
import nl.shopfloor.invites.entity.InviteStep;
import nl.shopfloor.invites.entity.Shopper;

/**
 * One shopper socket's side of invites (invites I12, I13): its {@code activity} frames evaluated at most once per
 * {@link #EVERY}, the visitor's history and what the server knows of them read once and then carried along, at most
 * one invite per socket (one page view), the widget's steps, and who the invites it sent showed — so a chat started
 * from one goes to that person. Written only by its own endpoint's thread.
 */
final class ShopperInvites {

    private static final Logger LOG = Logger.getLogger(ShopperInvites.class.getName());

    static final Duration EVERY = Duration.ofSeconds(2);
    /** Invites this socket remembers for a chat that answers one. One per page view, so a few are plenty. */
    static final int MAX_SHOWN = 4;

    private final Invitations invitations;
    private final InvitePresenters presenters;
    private final KnownShoppers knownShoppers;
    private final ShopOpening opening;
    private final Clock clock;
    private final Instant openedAt;
    private final Map<String, ShownPresenter> sent = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ShownPresenter> eldest) {
            return size() > MAX_SHOWN;
        }
    };

    private String shopId;
    private String visitorId;
    private String language;
    private InviteHistory history;
    private Shopper shopper;
    private Instant evaluatedAt;
    private boolean loggedRefusal;

    ShopperInvites(Invitations invitations, InvitePresenters presenters, KnownShoppers knownShoppers, ShopOpening opening, Clock clock) {
        this.invitations = invitations;
        this.presenters = presenters;
        this.knownShoppers = knownShoppers;
        this.opening = opening;
        this.clock = clock;
        this.openedAt = clock.instant();
    }

    /** After every hello: a different visitor (the widget forgot its id) starts afresh. */
    void visitor(String shopId, String visitorId, String language) {
        if (!visitorId.equals(this.visitorId)) {
            history = null;
            shopper = null;
        }
        this.shopId = shopId;
        this.visitorId = visitorId;
        this.language = language;
    }

    /** The shop now knows who this is (identify): their segment and lifetime value are read again on the next evaluation. */
    void identified() {
        shopper = null;
    }

    /** The invite frame to send, if this activity leads to one. A frame within {@link #EVERY} of the last is not evaluated. */
    Optional<JsonObject> activity(JsonObject frame) {
        Instant now = clock.instant();
        boolean due = sent.isEmpty() && (evaluatedAt == null || !evaluatedAt.plus(EVERY).isAfter(now));
        Activity activity;
        try {
            // every frame is checked, but the opening hours (a container call) are asked only for one that is evaluated
            activity = ActivityFrames.activity(frame, new ActivityFrames.Known(now, openedAt, language, shopper(), due && opening.isOpen(shopId)));
        } catch (InvalidFrame refused) {
            if (!loggedRefusal) {
                loggedRefusal = true; // one line per socket: a broken widget on a busy shop must not flood the log
                LOG.info(() -> "Activity refused from visitor " + visitorId + " of shop " + shopId + ": " + refused.getMessage());
            }
            throw refused;
        }
        if (!due) {
            return Optional.empty();
        }
        evaluatedAt = now;
        Considered considered = invitations.consider(shopId, activity, history());
        history = considered.history();
        if (!considered.decision().isInvite()) {
            return Optional.empty();
        }
        String pageText = (activity.page().url() == null ? "" : activity.page().url()).toLowerCase(Locale.ROOT);
        Optional<ShownPresenter> presenter = presenters.of(shopId, considered.decision().rule(), language, pageText);
        presenter.ifPresent(shown -> sent.put(considered.exposureId(), shown));
        return presenter.map(shown -> InviteJson.invite(considered.exposureId(), considered.decision().rule(),
                considered.decision().variant(), shown, language));
    }

    /** {@code inviteStep}: shown, clicked or dismissed; an id that is not this visitor's changes nothing. */
    void step(JsonObject frame) {
        String exposure = Frames.optionalString(frame, "exposure", 40, null);
        if (exposure == null || exposure.isEmpty()) {
            throw new InvalidFrame("invalid", "'exposure' must be the id of the invite");
        }
        InviteStep step = switch (String.valueOf(Frames.optionalString(frame, "step", 10, null))) {
            case "shown" -> InviteStep.SHOWN;
            case "clicked" -> InviteStep.CLICKED;
            case "dismissed" -> InviteStep.DISMISSED;
            default -> throw new InvalidFrame("invalid", "'step' must be shown, clicked or dismissed");
        };
        // no history to update: this socket has had its one invite; the next socket reads the dismissal with the history
        invitations.step(shopId, visitorId, exposure, step);
    }

    /** A start that names an invite: its exposure, and the agent it showed if it went out on this socket. */
    InviteAnswer answer(String exposureId) {
        if (exposureId == null) {
            return null;
        }
        ShownPresenter shown = sent.get(exposureId);
        return new InviteAnswer(exposureId, shown == null ? null : shown.username());
    }

    private InviteHistory history() {
        if (history == null) {
            history = invitations.historyOf(shopId, visitorId);
        }
        return history;
    }

    private Shopper shopper() {
        if (shopper == null) {
            shopper = knownShoppers.of(shopId, visitorId);
        }
        return shopper;
    }
}
