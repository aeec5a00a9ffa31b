package nl.shopfloor.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Notification settings (MicroProfile Config; environment SHOPFLOOR_NOTIFICATIONS_ALLOW_LOCAL_HTTP,
 * SHOPFLOOR_NOTIFICATIONS_VAPID_SUBJECT). Plain http push endpoints on this machine are for tests and the demo only.
 */
@ApplicationScoped
public class NotificationSettings {

    @Inject
    @ConfigProperty(name = "shopfloor.notifications.allow-local-http", defaultValue = "false")
    boolean allowLocalHttp;

    /** RFC 8292's contact for the push services' operators: a mailto: or https: URL. */
    @Inject
    @ConfigProperty(name = "shopfloor.notifications.vapid-subject", defaultValue = "mailto:support@shopfloor.invalid")
    String vapidSubject;

    public boolean allowLocalHttp() {
        return allowLocalHttp;
    }

    public String vapidSubject() {
        return vapidSubject;
    }
}
