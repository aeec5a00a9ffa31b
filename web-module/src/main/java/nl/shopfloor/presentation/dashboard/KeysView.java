package nl.shopfloor.presentation.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Supplier;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.commerce.control.ApiKeys;
import nl.shopfloor.commerce.control.ApiKeys.NewKey;
import nl.shopfloor.commerce.control.KeyRefused;
import nl.shopfloor.commerce.control.Shops;
import nl.shopfloor.commerce.entity.ApiKey;
import nl.shopfloor.commerce.entity.KeyScope;
import nl.shopfloor.presentation.Texts;
import org.primefaces.PrimeFaces;

/**
 * The shop's API keys for its admins (commerce M1): the list, a new key, rotate and revoke; web.xml keeps everyone
 * else off the page. A key just made lives in the request that made it, never in this view: the answer to that
 * request shows it, and whatever the admin does next no longer has it.
 */
@Named
@ViewScoped
public class KeysView implements Serializable {

    private static final String MADE = KeysView.class.getName() + ".made";

    @Inject
    transient Agents agents;
    @Inject
    transient ApiKeys apiKeys;
    @Inject
    transient Shops shops;

    private String shopId;
    private String admin;
    private ZoneId zone;
    private List<ApiKey> keys;
    private String name;
    private KeyScope scope = KeyScope.READ;

    @PostConstruct
    void load() {
        Agent agent = agents.find(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser()).orElseThrow();
        shopId = agent.shopId();
        admin = agent.username();
        zone = shops.find(shopId).orElseThrow().zone();
        keys = apiKeys.ofShop(shopId);
    }

    public void create() {
        String description = name == null ? "" : name.strip();
        if (description.isEmpty() || description.chars().anyMatch(Character::isISOControl)) {
            Texts.say(FacesMessage.SEVERITY_ERROR, "keys.name.invalid");
            return;
        }
        show(() -> apiKeys.create(shopId, description, scope, admin), "keys.done.created");
        if (getMade() != null) {
            name = null;
            scope = KeyScope.READ;
        }
    }

    public void rotate(String keyId) {
        show(() -> apiKeys.rotate(shopId, keyId, admin), "keys.done.rotated");
    }

    public void revoke(String keyId) {
        try {
            Texts.say(FacesMessage.SEVERITY_INFO, "keys.done.revoked", apiKeys.revoke(shopId, keyId).name());
        } catch (KeyRefused refused) {
            Texts.say(FacesMessage.SEVERITY_ERROR, "keys.refused." + refused.reason().name().toLowerCase(java.util.Locale.ROOT));
        }
        keys = apiKeys.ofShop(shopId);
    }

    private void show(Supplier<NewKey> making, String done) {
        try {
            NewKey key = making.get();
            FacesContext.getCurrentInstance().getAttributes().put(MADE, key);
            Texts.say(FacesMessage.SEVERITY_INFO, done, key.key().name());
            // Selected, so that Ctrl+C copies it at once; PrimeFaces' own focus() passes over read-only fields.
            PrimeFaces.current().executeScript("document.getElementById('shown-key:key').select()");
        } catch (KeyRefused refused) {
            Texts.say(FacesMessage.SEVERITY_ERROR, "keys.refused." + refused.reason().name().toLowerCase(java.util.Locale.ROOT));
        }
        keys = apiKeys.ofShop(shopId);
    }

    /** The key made in this request, or null. */
    public NewKey getMade() {
        return (NewKey) FacesContext.getCurrentInstance().getAttributes().get(MADE);
    }

    /** A moment in the shop's time zone, written the way the admin's language writes it. */
    public String when(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale()).withZone(zone).format(at);
    }

    public String text(String key, String argument) {
        return Texts.format(key, argument);
    }


    public List<ApiKey> getKeys() {
        return keys;
    }

    public KeyScope[] getScopes() {
        return KeyScope.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public KeyScope getScope() {
        return scope;
    }

    public void setScope(KeyScope scope) {
        this.scope = scope;
    }
}
