package nl.shopfloor.presentation.invites;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.commerce.control.Shops;
import nl.shopfloor.invites.control.ConditionParser;
import nl.shopfloor.invites.control.InviteRules;
import nl.shopfloor.invites.control.Problem;
import nl.shopfloor.invites.control.RuleRefused;
import nl.shopfloor.invites.entity.ButtonAction;
import nl.shopfloor.invites.entity.DeviceType;
import nl.shopfloor.invites.entity.InviteRule;
import nl.shopfloor.invites.entity.PageType;
import nl.shopfloor.invites.entity.Presenter;
import nl.shopfloor.invites.entity.RuleSettings;
import nl.shopfloor.invites.entity.Optimise;
import nl.shopfloor.invites.entity.SplitMode;
import nl.shopfloor.invites.entity.VariantKind;
import nl.shopfloor.presentation.Texts;
import nl.shopfloor.presentation.Viewer;

/**
 * The shop's invite rules for its admins (invites I9): the list with each rule's conditions in words, and an editor with
 * a preview of every variant and a test against a sample activity; web.xml keeps everyone else off the page. Problems
 * with a rule are shown at their fields, in the admin's language.
 */
@Named
@ViewScoped
public class InvitesView implements Serializable {

    static final int MAX_NAME = InviteRule.MAX_NAME;

    @Inject
    transient Agents agents;
    @Inject
    transient Shops shops;
    @Inject
    transient InviteRules rules;
    @Inject
    transient Clock clock;

    private Viewer admin;
    private List<InviteRule> list;
    /** the list's switches, by ref */
    private final Map<String, Boolean> enabled = new HashMap<>();
    private RuleForm form;
    private String newType = "timeOnPage";
    private List<Problem> problems = List.of();
    private SampleActivity sample = new SampleActivity();
    private ConditionParser.Explanation tested;
    private boolean testRefused;
    private List<String> testProblems = List.of();

    @PostConstruct
    void load() {
        admin = Viewer.current(agents, shops);
        reload();
    }

    public void newRule() {
        open(RuleForm.blank());
    }

    public void edit(String ref) {
        rules.byRef(admin.shopId(), ref).ifPresentOrElse(rule -> open(RuleForm.of(rule)), () -> gone(ref));
    }

    public void duplicate(String ref) {
        rules.byRef(admin.shopId(), ref).ifPresentOrElse(rule -> {
            String name = Texts.format("invites.copyName", rule.name());
            InviteRule copy = rules.duplicate(admin.shopId(), ref, name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name);
            Texts.say(FacesMessage.SEVERITY_INFO, "invites.done.duplicated", copy.name());
            reload();
            open(RuleForm.of(copy));
        }, () -> gone(ref));
    }

    public void delete(String ref) {
        if (rules.deleteByRef(admin.shopId(), ref)) {
            Texts.say(FacesMessage.SEVERITY_INFO, "invites.done.deleted", ref);
        }
        if (form != null && ref.equals(form.getEditing())) {
            form = null;
        }
        reload();
    }

    /** The list's switch: on or off, the rest as it is. */
    public void toggle(String ref) {
        rules.byRef(admin.shopId(), ref).ifPresent(rule -> {
            RuleSettings now = RuleSettings.of(rule);
            boolean on = Boolean.TRUE.equals(enabled.get(ref));
            boolean done = put(ref, new RuleSettings(now.name(), on, now.priority(), now.conditions(), now.delay(), now.display(),
                    now.presenter(), now.presenterRef(), now.caps(), now.splitMode(), now.controlShare(), now.minShare(), now.variants(),
                    now.optimise()));
            if (done) {
                Texts.say(FacesMessage.SEVERITY_INFO, on ? "invites.done.enabled" : "invites.done.disabled", now.name());
            }
        });
        reload();
    }

    private boolean put(String ref, RuleSettings settings) {
        try {
            rules.put(admin.shopId(), ref, settings);
            return true;
        } catch (RuleRefused refused) {
            Texts.say(FacesMessage.SEVERITY_ERROR, "invites.refused", refused.details().size());
            return false;
        }
    }

    public void save() {
        try {
            InviteRules.Put put = rules.put(admin.shopId(), form.refToStore(), form.settings());
            Texts.say(FacesMessage.SEVERITY_INFO, put.created() ? "invites.done.created" : "invites.done.changed", put.rule().name());
            form = null;
            problems = List.of();
        } catch (RuleRefused refused) {
            problems = refused.details();
            Texts.say(FacesMessage.SEVERITY_ERROR, "invites.refused", refused.details().size());
        }
        reload();
    }

    public void cancel() {
        form = null;
        problems = List.of();
    }

    public void rowsChanged() {
        form.rowsChanged();
    }

    public void jsonChanged() {
        form.jsonChanged();
    }

    public void addCondition() {
        form.addCondition(form.getConditions(), newType);
    }

    public void addGroup() {
        form.addCondition(form.getConditions(), "any");
    }

    public void addToGroup(ConditionRow group) {
        form.addCondition(group, newType);
    }

    public void removeCondition(ConditionRow row) {
        form.removeCondition(row);
    }

    public void addVariant() {
        form.addVariant();
    }

    public void removeVariant(int index) {
        form.removeVariant(index);
    }

    /** Tries the editor's conditions, saved or not, on the sample activity. */
    public void test() {
        try {
            tested = ConditionParser.explain(form.getConditionsJson(), sample.at(clock.instant()));
            testRefused = false;
        } catch (RuleRefused refused) {
            testProblems = refused.details().stream().map(problem -> problem.path() + ": " + problem.text(locale())).toList();
            tested = null;
            testRefused = true;
        }
    }

    /** The problems at this field and inside it ("variants[0]" covers "variants[0].textEn"), in the admin's language. */
    public List<String> problemsAt(String path) {
        return problems.stream().filter(problem -> problem.path().equals(path) || problem.path().startsWith(path + ".")
                || problem.path().startsWith(path + "[")).map(problem -> text(problem, path)).toList();
    }

    public List<String> variantProblems(int index, String field) {
        return problemsAt("variants[" + index + "]." + field);
    }

    /** The problems of the variants together (how many, their shares' total), not those of one variant. */
    public List<String> getVariantsProblems() {
        return problems.stream().filter(problem -> problem.path().equals("variants")).map(problem -> problem.text(locale())).toList();
    }

    /** The problems of the group's {@code row}th condition, or of the {@code part}th condition in that row's group (part ≥ 0). */
    public List<String> rowProblems(int row, int part) {
        return problemsAt("conditions.of[" + row + "]" + (part < 0 ? "" : ".of[" + part + "]"));
    }

    private String text(Problem problem, String at) {
        String within = problem.path().substring(at.length()).replaceFirst("^\\.", "");
        return (within.isEmpty() ? "" : within + ": ") + problem.text(locale());
    }

    public String words(InviteRule rule) {
        return words(rule.conditions());
    }

    public String words(String conditionsJson) {
        return new ConditionWords(Texts::of, locale()).of(conditionsJson);
    }

    /** What the test found, in words. */
    public String getTestResult() {
        if (testRefused) {
            return Texts.format("invites.test.refused", String.join("; ", testProblems));
        }
        if (tested == null) {
            return "";
        }
        return tested.holds() ? Texts.of("invites.test.matches")
                : Texts.format("invites.test.fails", words(tested.condition()), tested.path());
    }

    public boolean isTestMatched() {
        return tested != null && tested.holds();
    }

    /** The name the invite shows: the named agent's, the team's, or whoever routing picks. */
    public String getPresenterName() {
        if (form.getPresenter() == Presenter.AGENT && form.getPresenterRef() != null) {
            return agents.find(form.getPresenterRef()).filter(agent -> agent.shopId().equals(admin.shopId())).map(agent -> agent.displayName())
                    .orElse(form.getPresenterRef());
        }
        if (form.getPresenter() == Presenter.TEAM && form.getPresenterRef() != null && !form.getPresenterRef().isBlank()) {
            return Texts.format("invites.preview.team", form.getPresenterRef());
        }
        return Texts.of("invites.preview.routed");
    }

    public String getPresenterInitials() {
        String name = getPresenterName().strip();
        String[] words = name.split("\\s+");
        return (words[0].substring(0, 1) + (words.length > 1 ? words[words.length - 1].substring(0, 1) : "")).toUpperCase(Locale.ROOT);
    }

    public List<String> fieldsOf(String type) {
        return ConditionRows.TYPES.getOrDefault(type, List.of());
    }

    public boolean isLines(String field) {
        return ConditionRows.isLines(field);
    }

    public List<String> getConditionTypes() {
        return ConditionRows.TYPES.keySet().stream().filter(type -> !ConditionRows.isGroup(type)).toList();
    }

    public List<String> getLanguages() {
        return List.of("nl", "en");
    }

    /** The page's language: its f:view takes the request's, also in an Ajax postback, where the view root may not yet. */
    private Locale locale() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
    }

    private void open(RuleForm opened) {
        form = opened;
        problems = List.of();
        tested = null;
        testRefused = false;
    }

    private void gone(String ref) {
        Texts.say(FacesMessage.SEVERITY_ERROR, "invites.gone", ref);
        reload();
    }

    private void reload() {
        list = rules.ofShop(admin.shopId());
        enabled.clear();
        list.forEach(rule -> enabled.put(rule.ref(), rule.isEnabled()));
    }

    public List<InviteRule> getRules() { return list; }
    public Map<String, Boolean> getEnabled() { return enabled; }
    public RuleForm getForm() { return form; }
    public boolean isEditing() { return form != null; }
    public String getNewType() { return newType; }
    public void setNewType(String newType) { this.newType = newType; }
    public SampleActivity getSample() { return sample; }
    public PageType[] getPageTypes() { return PageType.values(); }
    public DeviceType[] getDevices() { return DeviceType.values(); }
    public Presenter[] getPresenters() { return Presenter.values(); }
    public SplitMode[] getSplitModes() { return SplitMode.values(); }

    public Optimise[] getOptimiseOn() { return Optimise.values(); }
    public VariantKind[] getKinds() { return VariantKind.values(); }
    public ButtonAction[] getActions() { return ButtonAction.values(); }
}
