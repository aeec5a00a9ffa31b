package nl.shopfloor.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Webhook settings (MicroProfile Config; environment SHOPFLOOR_WEBHOOKS_RETRY_DELAYS, _ALLOW_PRIVATE_ADDRESSES).
 * Private addresses are for tests and a shop's own test receiver on a developer's machine, never for production.
 */
@ApplicationScoped
public class WebhookSettings {

    @Inject
    @ConfigProperty(name = "shopfloor.webhooks.retry-delays", defaultValue = "PT10S,PT1M,PT5M,PT30M,PT2H,PT6H")
    String retryDelays;

    @Inject
    @ConfigProperty(name = "shopfloor.webhooks.allow-private-addresses", defaultValue = "false")
    boolean allowPrivateAddresses;

    public RetryDelays retryDelays() {
        return RetryDelays.parse(retryDelays);
    }

    /** The address as it will be called now, or refused (W2). */
    public URI check(String url) {
        return WebhookUrls.check(url, allowPrivateAddresses, WebhookUrls.DNS);
    }
}
