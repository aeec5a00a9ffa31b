package nl.shopfloor.presentation.invites;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.shopfloor.invites.entity.FrequencyCaps;
import nl.shopfloor.invites.entity.InviteRule;
import nl.shopfloor.invites.entity.Presenter;
import nl.shopfloor.invites.entity.RuleSettings;
import nl.shopfloor.invites.entity.Optimise;
import nl.shopfloor.invites.entity.SplitMode;

/**
 * The rule editor's fields (invites I9). The conditions are both rows and JSON: a change to either rewrites the other,
 * except that JSON nested deeper than the rows go is edited as JSON only ({@link #isRowsShown}).
 */
public class RuleForm implements Serializable {

    static final int MAX_VARIANTS = 5;

    private final String editing;
    private String ref;
    private String name;
    private boolean enabled = true;
    private int priority = 10;
    private ConditionRow conditions = new ConditionRow("all");
    private String conditionsJson;
    private boolean rowsShown = true;
    private int delay;
    private int display = 20;
    private Presenter presenter = Presenter.ROUTED;
    private String presenterRef;
    private Integer capPerSession = 1;
    private Integer capPerDay;
    private Integer daysAfterDismiss;
    private Integer minGapSeconds;
    private SplitMode splitMode = SplitMode.FIXED;
    private Optimise optimise = Optimise.CONVERSION;
    private int controlShare;
    private int minShare;
    private final List<VariantForm> variants = new ArrayList<>();

    /** @param editing the ref of the rule being changed; null for a new one */
    private RuleForm(String editing) {
        this.editing = editing;
    }

    static RuleForm blank() {
        RuleForm form = new RuleForm(null);
        form.conditions.getParts().add(new ConditionRow("timeOnPage"));
        form.conditions.getParts().get(0).getValues().put("seconds", "30");
        form.variants.add(new VariantForm("a"));
        form.rowsChanged();
        return form;
    }

    static RuleForm of(InviteRule rule) {
        RuleForm form = new RuleForm(rule.ref());
        RuleSettings settings = RuleSettings.of(rule);
        form.ref = rule.ref();
        form.name = settings.name();
        form.enabled = settings.enabled();
        form.priority = settings.priority();
        form.conditionsJson = settings.conditions();
        form.jsonChanged();
        form.delay = (int) settings.delay().toSeconds();
        form.display = (int) settings.display().toSeconds();
        form.presenter = settings.presenter();
        form.presenterRef = settings.presenterRef();
        form.capPerSession = settings.caps().perSession();
        form.capPerDay = settings.caps().perDay();
        form.daysAfterDismiss = settings.caps().daysAfterDismiss();
        form.minGapSeconds = settings.caps().minGap() == null ? null : (int) settings.caps().minGap().toSeconds();
        form.splitMode = settings.splitMode();
        form.optimise = settings.optimise();
        form.controlShare = settings.controlShare();
        form.minShare = settings.minShare();
        settings.variants().forEach(variant -> form.variants.add(VariantForm.of(variant)));
        return form;
    }

    RuleSettings settings() {
        return new RuleSettings(name == null ? null : name.strip(), enabled, priority, conditionsJson, Duration.ofSeconds(delay),
                Duration.ofSeconds(display), presenter, presenter == Presenter.ROUTED ? null : presenterRef,
                new FrequencyCaps(capPerSession, capPerDay, daysAfterDismiss, minGapSeconds == null ? null : Duration.ofSeconds(minGapSeconds)),
                splitMode, controlShare, minShare, variants.stream().map(VariantForm::variant).toList(), optimise);
    }

    /** The ref a new rule gets: the one typed, else one made from its name ("Idle in cart" → "idle-in-cart"). */
    String refToStore() {
        if (editing != null) {
            return editing;
        }
        if (ref != null && !ref.isBlank()) {
            return ref.strip();
        }
        String made = (name == null ? "" : name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        made = made.length() > InviteRule.MAX_REF ? made.substring(0, InviteRule.MAX_REF) : made;
        return made.isEmpty() ? "rule" : made;
    }

    void rowsChanged() {
        conditionsJson = ConditionRows.json(conditions);
    }

    void jsonChanged() {
        Optional<ConditionRow> rows = ConditionRows.rows(conditionsJson);
        rowsShown = rows.isPresent();
        rows.ifPresent(parsed -> conditions = parsed);
    }

    void addCondition(ConditionRow group, String type) {
        group.getParts().add(new ConditionRow(type));
        rowsChanged();
    }

    void removeCondition(ConditionRow row) {
        if (!conditions.getParts().remove(row)) {
            conditions.getParts().forEach(part -> part.getParts().remove(row));
        }
        rowsChanged();
    }

    void addVariant() {
        if (variants.size() < MAX_VARIANTS) {
            char free = 'a';
            while (variants.stream().map(VariantForm::getRef).toList().contains(String.valueOf(free))) {
                free++;
            }
            variants.add(new VariantForm(String.valueOf(free)));
            evenShares();
        }
    }

    void removeVariant(int index) {
        if (variants.size() > 1 && index >= 0 && index < variants.size()) {
            variants.remove(index);
            evenShares();
        }
    }

    private void evenShares() {
        for (int i = 0; i < variants.size(); i++) {
            variants.get(i).setShare(100 / variants.size() + (i == 0 ? 100 % variants.size() : 0));
        }
    }

    public boolean isNew() { return editing == null; }
    public String getEditing() { return editing; }
    public String getRef() { return ref; }
    public void setRef(String ref) { this.ref = ref; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public int getPriority() { return priority; }
    public void setPriority(int priority) { this.priority = priority; }
    public ConditionRow getConditions() { return conditions; }
    public String getConditionsJson() { return conditionsJson; }
    public void setConditionsJson(String conditionsJson) { this.conditionsJson = conditionsJson; }
    public boolean isRowsShown() { return rowsShown; }
    public int getDelay() { return delay; }
    public void setDelay(int delay) { this.delay = delay; }
    public int getDisplay() { return display; }
    public void setDisplay(int display) { this.display = display; }
    public Presenter getPresenter() { return presenter; }
    public void setPresenter(Presenter presenter) { this.presenter = presenter == null ? Presenter.ROUTED : presenter; }
    public String getPresenterRef() { return presenterRef; }
    public void setPresenterRef(String presenterRef) { this.presenterRef = presenterRef; }
    public Integer getCapPerSession() { return capPerSession; }
    public void setCapPerSession(Integer capPerSession) { this.capPerSession = capPerSession; }
    public Integer getCapPerDay() { return capPerDay; }
    public void setCapPerDay(Integer capPerDay) { this.capPerDay = capPerDay; }
    public Integer getDaysAfterDismiss() { return daysAfterDismiss; }
    public void setDaysAfterDismiss(Integer daysAfterDismiss) { this.daysAfterDismiss = daysAfterDismiss; }
    public Integer getMinGapSeconds() { return minGapSeconds; }
    public void setMinGapSeconds(Integer minGapSeconds) { this.minGapSeconds = minGapSeconds; }
    public Optimise getOptimise() { return optimise; }
    public void setOptimise(Optimise optimise) { this.optimise = optimise == null ? Optimise.CONVERSION : optimise; }
    public SplitMode getSplitMode() { return splitMode; }
    public void setSplitMode(SplitMode splitMode) { this.splitMode = splitMode == null ? SplitMode.FIXED : splitMode; }
    public int getControlShare() { return controlShare; }
    public void setControlShare(int controlShare) { this.controlShare = controlShare; }
    public int getMinShare() { return minShare; }
    public void setMinShare(int minShare) { this.minShare = minShare; }
    public List<VariantForm> getVariants() { return variants; }
}
