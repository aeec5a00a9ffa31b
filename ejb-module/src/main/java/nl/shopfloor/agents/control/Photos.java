package nl.shopfloor.agents.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.shopfloor.agents.control.PhotoRefused.Reason;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.agents.entity.AgentPhoto;

/**
 * Agents' own photos (agents A7): an upload replaces the photo and its URL, so everything that shows the agent
 * (team page, chat, invites, dashboard) carries the new URL from the next frame or page on.
 */
@Stateless
public class Photos {

    /** {@code /photos/<public id>/<version>.jpg}, or {@code -96.jpg} for the small one. */
    public static final Pattern URL = Pattern.compile("/photos/([A-Za-z0-9_-]{24})/([0-9a-f]{20})(-" + PhotoScaler.SMALL + ")?\\.jpg");

    @PersistenceContext
    EntityManager em;
    @Inject
    PhotoScaler scaler;
    @Inject
    Clock clock;

    /** @return the agent's new photo URL */
    public String upload(String shopId, String username, byte[] upload) {
        ScaledPhoto scaled = scaler.scale(upload);
        Agent agent = agentOfShop(shopId, username);
        forget(username);
        AgentPhoto photo = new AgentPhoto(username);
        photo.replace(scaled.version(), scaled.image(), scaled.smallImage(), Instant.now(clock));
        em.persist(photo);
        agent.showPhoto(url(agent.publicId(), scaled.version(), false));
        return agent.photoUrl();
    }

    /** The agent shows their initials from now on, also where a demo photo was set. */
    public void remove(String shopId, String username) {
        Agent agent = agentOfShop(shopId, username);
        forget(username);
        agent.showPhoto(null);
    }

    /** The photo of this URL path while it is the agent's current one; an old version is gone. */
    public Optional<AgentPhoto> current(String publicId, String version) {
        return em.createQuery("select p from AgentPhoto p, Agent a where a.publicId = :publicId and p.username = a.username"
                        + " and p.version = :version", AgentPhoto.class)
                .setParameter("publicId", publicId).setParameter("version", version).getResultStream().findFirst();
    }

    public static String url(String publicId, String version, boolean small) {
        return "/photos/" + publicId + "/" + version + (small ? "-" + PhotoScaler.SMALL : "") + ".jpg";
    }

    /** The small variant of one of our photo URLs; any other URL (a demo photo) as it is. */
    public static String small(String photoUrl) {
        Matcher ours = photoUrl == null ? null : URL.matcher(photoUrl);
        return ours != null && ours.matches() && ours.group(3) == null ? url(ours.group(1), ours.group(2), true) : photoUrl;
    }

    /** A statement of its own, so the row is gone before the new one is inserted in the same transaction. */
    private void forget(String username) {
        em.createQuery("delete from AgentPhoto p where p.username = :username").setParameter("username", username)
                .executeUpdate();
    }

    private Agent agentOfShop(String shopId, String username) {
        Agent agent = username == null ? null : em.find(Agent.class, username);
        if (agent == null || !agent.shopId().equals(shopId)) {
            throw new PhotoRefused(Reason.NOT_IN_SHOP, String.valueOf(username));
        }
        return agent;
    }
}
