package nl.shopfloor.presentation.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrentAccessTimeoutException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.commerce.control.ShopSettings;
import nl.shopfloor.commerce.control.Shops;
import nl.shopfloor.commerce.entity.LifecycleThresholds;
import nl.shopfloor.presentation.Texts;
import nl.shopfloor.presentation.Viewer;
import nl.shopfloor.privacy.boundary.ShopperJson;
import nl.shopfloor.privacy.control.AuditLog;
import nl.shopfloor.privacy.control.Holdings;
import nl.shopfloor.privacy.control.Retention;
import nl.shopfloor.privacy.control.RetentionPolicies;
import nl.shopfloor.privacy.control.RetentionRun;
import nl.shopfloor.privacy.control.Shoppers;
import nl.shopfloor.privacy.control.Subject;
import nl.shopfloor.privacy.entity.PrivacyAudit;
import nl.shopfloor.privacy.entity.RetentionPeriods;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The admins' privacy and data page (privacy P1–P4, commerce M5): retention and lifecycle settings, one shopper
 * found, exported or erased, and the audit; web.xml keeps everyone else off the page. Export and erasure act on the
 * shopper as found and shown, never on what the search field holds by then.
 */
@Named
@ViewScoped
public class PrivacyView implements Serializable {

    static final int AUDIT_PAGE = 20;
    private static final Logger LOG = Logger.getLogger(PrivacyView.class.getName());

    @Inject
    transient Agents agents;
    @Inject
    transient Shops shops;
    @Inject
    transient RetentionPolicies policies;
    @Inject
    transient Retention retention;
    @Inject
    transient ShopSettings settings;
    @Inject
    transient Shoppers shoppers;
    @Inject
    transient AuditLog auditLog;

    private Viewer admin;
    private Integer anonymiseMonths;
    private Integer deleteContactsMonths;
    private boolean retentionOn;
    private int newDays;
    private int atRiskDays;
    private int lostDays;
    private Subject.Kind kind = Subject.Kind.EMAIL;
    private String value;
    private Subject found;
    private Holdings holdings;
    private int auditFirst;
    private List<PrivacyAudit> audit;
    private long auditCount;

    @PostConstruct
    void load() {
        admin = Viewer.current(agents, shops);
        RetentionPeriods periods = policies.of(admin.shopId()).periods();
        anonymiseMonths = periods.anonymiseAfterMonths();
        deleteContactsMonths = periods.deleteContactsAfterMonths();
        retentionOn = !periods.isOff();
        LifecycleThresholds thresholds = settings.lifecycleThresholds(admin.shopId());
        newDays = thresholds.newWithinDays();
        atRiskDays = thresholds.atRiskAfterDays();
        lostDays = thresholds.lostAfterDays();
        loadAudit();
    }

    public void saveRetention() {
        RetentionPeriods periods;
        try {
            periods = new RetentionPeriods(anonymiseMonths, deleteContactsMonths);
        } catch (IllegalArgumentException e) {
            refuse("privacy.retention.invalid", e);
            return;
        }
        retentionOn = !policies.change(admin.shopId(), periods).isOff();
        say(FacesMessage.SEVERITY_INFO, "privacy.retention.saved");
    }

    public void applyRetention() {
        try {
            RetentionRun run = retention.applyNow(admin.shopId(), admin.username());
            say(FacesMessage.SEVERITY_INFO, "privacy.retention.applied", run.anonymisedConversations(), run.anonymisedVisitors(),
                    run.deletedContactMessages());
        } catch (ConcurrentAccessTimeoutException e) {
            say(FacesMessage.SEVERITY_ERROR, "privacy.retention.busy");
        }
        auditFirst = 0;
        loadAudit();
    }

    public void saveLifecycle() {
        LifecycleThresholds thresholds;
        try {
            thresholds = new LifecycleThresholds(newDays, atRiskDays, lostDays);
        } catch (IllegalArgumentException e) {
            refuse("privacy.lifecycle.invalid", e);
            return;
        }
        settings.changeLifecycleThresholds(admin.shopId(), thresholds);
        say(FacesMessage.SEVERITY_INFO, "privacy.lifecycle.saved");
    }

    public void find() {
        found = null;
        holdings = null;
        String text = value == null ? "" : value.strip();
        int max = kind == Subject.Kind.EMAIL ? 254 : 64;
        if (text.isEmpty() || text.length() > max || text.chars().anyMatch(Character::isISOControl)) {
            refuse("privacy.find.invalid", null);
            return;
        }
        found = new Subject(kind, text);
        holdings = shoppers.preview(admin.shopId(), found);
    }

    /** The export as a JSON file, the same document as the shop API's; audited like it. */
    public StreamedContent getExport() {
        byte[] json = ShopperJson.of(shoppers.export(admin.shopId(), found, admin.username())).toString().getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("shopper-export.json").contentType("application/json")
                .contentLength((long) json.length).stream(() -> new ByteArrayInputStream(json)).build();
    }

    public void erase() {
        if (found == null || holdings == null) {
            return;
        }
        shoppers.erase(admin.shopId(), found, admin.username());
        say(FacesMessage.SEVERITY_INFO, "privacy.erased", holdings.visitors(), holdings.conversations(), holdings.contactMessages(),
                holdings.customers(), holdings.orders());
        found = null;
        holdings = null;
        value = null;
        auditFirst = 0;
        loadAudit();
    }

    public void olderAudit() {
        if (auditFirst + AUDIT_PAGE < auditCount) {
            auditFirst += AUDIT_PAGE;
        }
        loadAudit();
    }

    public void newerAudit() {
        auditFirst = Math.max(0, auditFirst - AUDIT_PAGE);
        loadAudit();
    }

    public void refreshAudit() {
        loadAudit();
    }

    private void loadAudit() {
        audit = auditLog.page(admin.shopId(), auditFirst, AUDIT_PAGE);
        auditCount = auditLog.count(admin.shopId());
    }

    /** A moment in the shop's time zone, written the way the admin's language writes it. */
    public String when(Instant at) {
        return admin.when(at, FormatStyle.SHORT);
    }

    public String text(String key, Object... arguments) {
        return Texts.format(key, arguments);
    }

    private void refuse(String key, IllegalArgumentException e) {
        LOG.info(() -> "Privacy page of shop " + admin.shopId() + ": refused " + key + (e == null ? "" : ": " + e.getMessage()));
        say(FacesMessage.SEVERITY_ERROR, key);
    }

    private static void say(FacesMessage.Severity severity, String key, Object... arguments) {
        Texts.say(severity, key, arguments);
    }

    public Subject.Kind[] getKinds() {
        return Subject.Kind.values();
    }

    public String kindKey(String kind) {
        return "privacy.kind." + (kind == null ? "NONE" : kind.toLowerCase(Locale.ROOT));
    }

    public boolean isRetentionOn() {
        return retentionOn;
    }

    public Holdings getHoldings() {
        return holdings;
    }

    public List<PrivacyAudit> getAudit() {
        return audit;
    }

    public boolean isOlderAudit() {
        return auditFirst + AUDIT_PAGE < auditCount;
    }

    public boolean isNewerAudit() {
        return auditFirst > 0;
    }

    public String getAuditRange() {
        return auditCount == 0 ? "" : text("privacy.audit.range", auditFirst + 1, Math.min(auditCount, auditFirst + AUDIT_PAGE), auditCount);
    }

    public Integer getAnonymiseMonths() {
        return anonymiseMonths;
    }

    public void setAnonymiseMonths(Integer anonymiseMonths) {
        this.anonymiseMonths = anonymiseMonths;
    }

    public Integer getDeleteContactsMonths() {
        return deleteContactsMonths;
    }

    public void setDeleteContactsMonths(Integer deleteContactsMonths) {
        this.deleteContactsMonths = deleteContactsMonths;
    }

    public int getNewDays() {
        return newDays;
    }

    public void setNewDays(int newDays) {
        this.newDays = newDays;
    }

    public int getAtRiskDays() {
        return atRiskDays;
    }

    public void setAtRiskDays(int atRiskDays) {
        this.atRiskDays = atRiskDays;
    }

    public int getLostDays() {
        return lostDays;
    }

    public void setLostDays(int lostDays) {
        this.lostDays = lostDays;
    }

    public Subject.Kind getKind() {
        return kind;
    }

    public void setKind(Subject.Kind kind) {
        this.kind = kind;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
