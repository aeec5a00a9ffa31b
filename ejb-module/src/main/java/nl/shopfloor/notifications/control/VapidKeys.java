package nl.shopfloor.notifications.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;
import nl.shopfloor.notifications.entity.VapidKey;

/**
 * The server's VAPID key pair (N4): read from the database, or made and stored on first use, then kept in memory.
 * Two instances of a cluster making it at once: the second insert fails on the primary key, that one caller gets an
 * error and the next call reads the first instance's pair.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class VapidKeys {

    private static final Logger LOG = Logger.getLogger(VapidKeys.class.getName());

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;

    private volatile com.interaso.webpush.VapidKeys keys;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public com.interaso.webpush.VapidKeys keys() {
        com.interaso.webpush.VapidKeys known = keys;
        if (known == null) {
            synchronized (this) {
                if (keys == null) {
                    keys = loadOrMake();
                }
                known = keys;
            }
        }
        return known;
    }

    /** The {@code applicationServerKey} browsers subscribe with: the uncompressed public point, base64url. */
    public String publicKey() {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(keys().getApplicationServerKey());
    }

    private com.interaso.webpush.VapidKeys loadOrMake() {
        VapidKey stored = em.find(VapidKey.class, VapidKey.ID);
        if (stored != null) {
            return com.interaso.webpush.VapidKeys.create(stored.publicKey(), stored.privateKey());
        }
        com.interaso.webpush.VapidKeys made = com.interaso.webpush.VapidKeys.generate();
        em.persist(new VapidKey(made.getX509PublicKey(), made.getPkcs8PrivateKey(), clock.instant()));
        em.flush();
        LOG.info("Made the server's VAPID key pair for Web Push");
        return made;
    }
}
