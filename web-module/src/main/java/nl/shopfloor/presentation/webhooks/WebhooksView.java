package nl.shopfloor.presentation.webhooks;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.commerce.control.Shops;
import nl.shopfloor.presentation.Texts;
import nl.shopfloor.presentation.Viewer;
import nl.shopfloor.webhooks.control.DeliveryLog;
import nl.shopfloor.webhooks.control.Subscriptions;
import nl.shopfloor.webhooks.control.WebhookRefused;
import nl.shopfloor.webhooks.entity.DeliveryStatus;
import nl.shopfloor.webhooks.entity.EventType;
import nl.shopfloor.webhooks.entity.WebhookDelivery;
import nl.shopfloor.webhooks.entity.WebhookSubscription;
import org.primefaces.PrimeFaces;

/**
 * The shop's webhooks for its admins (webhooks W7): subscriptions and the delivery log; web.xml keeps everyone else
 * off the page. A secret just made lives in the request that made it, never in this view, like a new API key.
 */
@Named
@ViewScoped
public class WebhooksView implements Serializable {

    static final int PAGE = 20;
    private static final String SHOWN = WebhooksView.class.getName() + ".shown";

    @Inject
    transient Agents agents;
    @Inject
    transient Shops shops;
    @Inject
    transient Subscriptions subscriptions;
    @Inject
    transient DeliveryLog log;

    private Viewer admin;
    private List<WebhookSubscription> list;
    private String editing;
    private String url;
    private List<String> events = new ArrayList<>();
    private boolean enabled = true;
    private DeliveryStatus status;
    private int page;
    private List<WebhookDelivery> deliveries;
    private long total;

    @PostConstruct
    void load() {
        admin = Viewer.current(agents, shops);
        reload();
    }

    public void save() {
        Set<EventType> types = events.stream().map(EventType::ofWireName).flatMap(java.util.Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(EventType.class)));
        boolean done = editing == null
                ? act(() -> {
                    Subscriptions.Shown shown = subscriptions.create(admin.shopId(), url, types, admin.username());
                    showSecret(shown);
                    return shown.subscription();
                }, "webhooks.done.created")
                : act(() -> subscriptions.change(admin.shopId(), editing, url, types, enabled), "webhooks.done.changed");
        if (done) {
            clearForm();
        }
    }

    public void edit(String subscriptionId) {
        list.stream().filter(s -> s.id().equals(subscriptionId)).findFirst().ifPresent(subscription -> {
            editing = subscription.id();
            url = subscription.url();
            events = subscription.types().stream().map(EventType::wireName).collect(Collectors.toCollection(ArrayList::new));
            enabled = subscription.isEnabled();
        });
    }

    public void cancelEdit() {
        clearForm();
    }

    public void rotate(String subscriptionId) {
        act(() -> {
            Subscriptions.Shown shown = subscriptions.rotate(admin.shopId(), subscriptionId);
            showSecret(shown);
            return shown.subscription();
        }, "webhooks.done.rotated");
    }

    public void test(String subscriptionId) {
        act(() -> {
            subscriptions.test(admin.shopId(), subscriptionId, admin.username());
            return subscriptions.find(admin.shopId(), subscriptionId);
        }, "webhooks.done.tested");
    }

    public void verifyAgain(String subscriptionId) {
        act(() -> {
            subscriptions.verifyAgain(admin.shopId(), subscriptionId);
            return subscriptions.find(admin.shopId(), subscriptionId);
        }, "webhooks.done.verifying");
    }

    public void delete(String subscriptionId) {
        act(() -> subscriptions.delete(admin.shopId(), subscriptionId), "webhooks.done.deleted");
        if (subscriptionId.equals(editing)) {
            clearForm();
        }
    }

    public void retry(String deliveryId) {
        try {
            log.retry(admin.shopId(), deliveryId);
            Texts.say(FacesMessage.SEVERITY_INFO, "webhooks.done.retried");
        } catch (WebhookRefused refused) {
            refusal(refused);
        }
        reload();
    }

    /** Re-reads the subscriptions and the log, e.g. to see how a delivery went. */
    public void refresh() {
        reload();
    }

    public void filter() {
        page = 0;
        reload();
    }

    public void older() {
        if (hasOlder()) {
            page++;
        }
        reload();
    }

    public void newer() {
        page = Math.max(0, page - 1);
        reload();
    }

    public boolean hasOlder() {
        return (long) (page + 1) * PAGE < total;
    }

    public boolean hasNewer() {
        return page > 0;
    }

    /** Failed at least once, parked or skipped: retry starts a fresh series of attempts now. */
    public boolean retriable(WebhookDelivery delivery) {
        return delivery.status() == DeliveryStatus.PARKED || delivery.status() == DeliveryStatus.SKIPPED
                || delivery.status() == DeliveryStatus.QUEUED && delivery.attempts() > 0;
    }

    /** Why a delivery failed or was skipped, in the viewer's language where the reason is the courier's own. */
    public String reasonOf(WebhookDelivery delivery) {
        return new DeliveryReasons(Texts::of).of(delivery.lastError());
    }

    public String urlOf(String subscriptionId) {
        return list.stream().filter(s -> s.id().equals(subscriptionId)).map(WebhookSubscription::url).findFirst().orElse("");
    }

    public String eventsOf(WebhookSubscription subscription) {
        return subscription.types().stream().map(EventType::wireName).collect(Collectors.joining(", "));
    }

    /** A moment in the shop's time zone, written the way the admin's language writes it; empty for none. */
    public String when(Instant at) {
        return at == null ? "" : admin.when(at, FormatStyle.MEDIUM);
    }

    public String text(String key, String argument) {
        return Texts.format(key, argument);
    }

    /** "Page 2 of 5 (93 deliveries)". */
    public String getPageLabel() {
        return Texts.format("webhooks.log.page", page + 1, getPages(), total);
    }

    private boolean act(Supplier<WebhookSubscription> action, String done) {
        try {
            WebhookSubscription subscription = action.get();
            Texts.say(FacesMessage.SEVERITY_INFO, done, subscription.url());
            return true;
        } catch (WebhookRefused refused) {
            refusal(refused);
            return false;
        } finally {
            reload();
        }
    }

    private void showSecret(Subscriptions.Shown shown) {
        FacesContext.getCurrentInstance().getAttributes().put(SHOWN, shown);
        // Selected, so that Ctrl+C copies it at once; PrimeFaces' own focus() passes over read-only fields.
        PrimeFaces.current().executeScript("document.getElementById('shown-secret:secret').select()");
    }

    /** The subscription whose secret was made in this request, or null. */
    public Subscriptions.Shown getShown() {
        return (Subscriptions.Shown) FacesContext.getCurrentInstance().getAttributes().get(SHOWN);
    }

    private void refusal(WebhookRefused refused) {
        Texts.say(FacesMessage.SEVERITY_ERROR, "webhooks.refused." + refused.reason().name().toLowerCase(Locale.ROOT));
    }

    private void clearForm() {
        editing = null;
        url = null;
        events = new ArrayList<>();
        enabled = true;
    }

    private void reload() {
        list = subscriptions.ofShop(admin.shopId());
        total = log.count(admin.shopId(), status);
        page = (int) Math.min(page, Math.max(0, (total - 1) / PAGE));
        deliveries = log.page(admin.shopId(), status, page * PAGE, PAGE);
    }


    public List<WebhookSubscription> getSubscriptions() {
        return list;
    }

    public List<WebhookDelivery> getDeliveries() {
        return deliveries;
    }

    public EventType[] getEventTypes() {
        return EventType.subscribable();
    }

    public DeliveryStatus[] getStatuses() {
        return DeliveryStatus.values();
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public List<String> getEvents() {
        return events;
    }

    public void setEvents(List<String> events) {
        this.events = events == null ? new ArrayList<>() : new ArrayList<>(events);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public void setStatus(DeliveryStatus status) {
        this.status = status;
    }

    public long getPages() {
        return Math.max(1, (total + PAGE - 1) / PAGE);
    }

    public long getTotal() {
        return total;
    }
}
