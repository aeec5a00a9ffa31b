package nl.shopfloor.presentation.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Supplier;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.commerce.control.ApiKeys;
import nl.shopfloor.commerce.control.ApiKeys.NewKey;
import nl.shopfloor.commerce.control.KeyRefused;
import nl.shopfloor.commerce.control.Shops;
import nl.shopfloor.commerce.entity.ApiKey;
import nl.shopfloor.commerce.entity.KeyScope;
import nl.shopfloor.presentation.Texts;
import nl.shopfloor.presentation.Viewer;
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

    private Viewer admin;
    private List<ApiKey> keys;
    private String name;
    private KeyScope scope = KeyScope.READ;

    @PostConstruct
    void load() {
        admin = Viewer.current(agents, shops);
        keys = apiKeys.ofShop(admin.shopId());
    }

    public void create() {
        String description = name == null ? "" : name.strip();
        if (description.isEmpty() || description.chars().anyMatch(Character::isISOControl)) {
            Texts.say(FacesMessage.SEVERITY_ERROR, "keys.name.invalid");
            return;
        }
        show(() -> apiKeys.create(admin.shopId(), description, scope, admin.username()), "keys.done.created");
        if (getMade() != null) {
            name = null;
            scope = KeyScope.READ;
        }
    }

    public void rotate(String keyId) {
        show(() -> apiKeys.rotate(admin.shopId(), keyId, admin.username()), "keys.done.rotated");
    }

    public void revoke(String keyId) {
        try {
            Texts.say(FacesMessage.SEVERITY_INFO, "keys.done.revoked", apiKeys.revoke(admin.shopId(), keyId).name());
        } catch (KeyRefused refused) {
            Texts.say(FacesMessage.SEVERITY_ERROR, "keys.refused." + refused.reason().name().toLowerCase(java.util.Locale.ROOT));
        }
        keys = apiKeys.ofShop(admin.shopId());
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
        keys = apiKeys.ofShop(admin.shopId());
    }

    /** The key made in this request, or null. */
    public NewKey getMade() {
        return (NewKey) FacesContext.getCurrentInstance().getAttributes().get(MADE);
    }

    /** A moment in the shop's time zone, written the way the admin's language writes it. */
    public String when(Instant at) {
        return admin.when(at, FormatStyle.SHORT);
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
