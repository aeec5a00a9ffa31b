package nl.shopfloor.notifications.control;

import com.interaso.webpush.WebPush;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.agents.entity.DashboardLanguage;
import nl.shopfloor.notifications.entity.NotificationKind;
import nl.shopfloor.notifications.entity.PushSubscription;

/**
 * Sends Web Push messages to an agent's browsers (RFC 8030, encrypted per RFC 8291 aes128gcm, signed per RFC 8292
 * VAPID), off the business operation's thread (N6): {@link #notify} only queues; 4 threads send, each request with
 * 5 s to connect and 10 s for the answer; a 404 or 410 deletes that subscription (N7). A CDI bean, not an EJB: it is
 * called after a transaction completed, where an EJB's own transaction handling fails.
 */
@ApplicationScoped
public class PushSender {

    static final int THREADS = 4;
    static final int QUEUE = 2000;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);
    /** A notification about a chat is worthless after a few minutes: the push service may drop it then. */
    static final int TTL_SECONDS = 300;
    private static final Logger LOG = Logger.getLogger(PushSender.class.getName());

    @Resource
    ManagedThreadFactory threads;
    @Inject
    PushSubscriptions subscriptions;
    @Inject
    NotificationChoices choices;
    @Inject
    Agents agents;
    @Inject
    VapidKeys vapidKeys;
    @Inject
    NotificationSettings settings;
    @Inject
    Clock clock;

    private PushQueue queue;
    private volatile WebPush webPush;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @PostConstruct
    void start() {
        queue = new PushQueue(THREADS, QUEUE, threads, clock);
    }

    @PreDestroy
    void stop() {
        queue.shutdown();
    }

    /** Queues the notification for the agent's browsers; returns at once, whatever happens to it. */
    public void notify(String username, NotificationKind kind, String chatId) {
        if (username != null) {
            try {
                queue.offer(() -> deliver(username, kind, chatId));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Push notification for " + username + " not queued: " + e);
            }
        }
    }

    /** Work that leads to notifications (reading who gets them), on the sending threads, under the same bound. */
    public void later(Runnable work) {
        queue.offer(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                failed.incrementAndGet();
                LOG.log(Level.WARNING, "Push notifications not prepared: " + e);
            }
        });
    }

    public long dropped() {
        return queue.dropped();
    }

    private void deliver(String username, NotificationKind kind, String chatId) {
        try {
            List<PushSubscription> browsers = subscriptions.of(username);
            if (browsers.isEmpty() || !choices.of(username).wants(kind)) {
                return;
            }
            String chosen = agents.find(username).flatMap(Agent::language).map(DashboardLanguage::tag).orElse(null);
            for (PushSubscription browser : browsers) {
                String language = chosen != null ? chosen : browser.language() != null ? browser.language() : "en";
                send(browser, Notification.of(kind, chatId, language));
            }
        } catch (RuntimeException e) {
            failed.incrementAndGet();
            LOG.log(Level.WARNING, "Push notification for " + username + " not sent: " + e);
        }
    }

    private void send(PushSubscription browser, Notification notification) {
        try {
            WebPush push = webPush();
            byte[] body = push.getBody(notification.toJson().toString().getBytes(StandardCharsets.UTF_8),
                    Base64.getUrlDecoder().decode(browser.p256dh()), Base64.getUrlDecoder().decode(browser.auth()));
            Map<String, String> headers = push.getHeaders(browser.endpoint(), TTL_SECONDS, null, WebPush.Urgency.High);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(browser.endpoint())).timeout(ANSWER_TIMEOUT)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(request::header);
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 404 || status == 410) {
                subscriptions.expired(browser.id());
                LOG.info(() -> "Push subscription of " + browser.agentUsername() + " removed: the push service answered " + status);
            } else if (status < 200 || status > 299) {
                failed.incrementAndGet();
                LOG.info(() -> "Push notification for " + browser.agentUsername() + " refused by the push service: HTTP " + status);
            } else {
                sent.incrementAndGet();
            }
        } catch (IOException e) {
            failed.incrementAndGet();
            LOG.info(() -> "Push notification for " + browser.agentUsername() + " not delivered: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private WebPush webPush() {
        WebPush known = webPush;
        if (known == null) {
            known = new WebPush(settings.vapidSubject(), vapidKeys.keys());
            webPush = known;
        }
        return known;
    }
}
