package nl.shopfloor.invites.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.shopfloor.invites.entity.ButtonAction;
import nl.shopfloor.invites.entity.FrequencyCaps;
import nl.shopfloor.invites.entity.InviteButton;
import nl.shopfloor.invites.entity.InviteRule;
import nl.shopfloor.invites.entity.InviteVariant;
import nl.shopfloor.invites.entity.Presenter;
import nl.shopfloor.invites.entity.SplitMode;
import nl.shopfloor.invites.entity.VariantKind;

/** Everything wrong with a rule before it is stored (invites I2, I4, I5), each problem naming its field. */
public final class RuleChecks {

    static final int MAX_PRIORITY = 1000;
    static final int MAX_DELAY_SECONDS = 3600;
    static final int MAX_DISPLAY_SECONDS = 600;
    static final int MAX_VARIANTS = 5;
    static final int MAX_CONTROL_SHARE = 50;
    static final int MAX_LINK = 500;
    private static final Pattern REF = Pattern.compile("[A-Za-z0-9_-]{1,20}");
    /** a rule's ref: what the shop API's paths take */
    public static final Pattern RULE_REF = Pattern.compile("[A-Za-z0-9._:#@+-]{1," + InviteRule.MAX_REF + "}");

    private final Problems problems = new Problems();

    private RuleChecks() {
    }

    /** @throws RuleRefused listing every problem */
    public static void check(InviteRule rule) {
        RuleChecks checks = new RuleChecks();
        checks.checkRule(rule);
        checks.problems.refuseAny();
    }

    private void checkRule(InviteRule rule) {
        if (rule.ref() == null || !RULE_REF.matcher(rule.ref()).matches()) {
            problems.add("ref", "ruleRef", InviteRule.MAX_REF);
        }
        within("name", rule.name() == null ? 0 : rule.name().strip().length(), 1, InviteRule.MAX_NAME, "characters");
        within("priority", rule.priority(), 0, MAX_PRIORITY, "");
        if (rule.conditions() != null && rule.conditions().length() > InviteRule.MAX_CONDITIONS) {
            problems.add(ConditionParser.ROOT, "tooLong", InviteRule.MAX_CONDITIONS, rule.conditions().length());
        } else {
            try {
                ConditionParser.parse(rule.conditions());
            } catch (RuleRefused refused) {
                problems.addAll(refused.details());
            }
        }
        within("delay", (int) rule.delay().toSeconds(), 0, MAX_DELAY_SECONDS, "seconds");
        within("display", (int) rule.display().toSeconds(), 1, MAX_DISPLAY_SECONDS, "seconds");
        if (rule.presenter() != Presenter.ROUTED && (rule.presenterRef() == null || rule.presenterRef().isBlank())) {
            problems.add("presenter", rule.presenter() == Presenter.AGENT ? "presenterAgent" : "presenterTeam");
        }
        checkCaps(rule.caps());
        within("controlShare", rule.controlShare(), 0, MAX_CONTROL_SHARE, "percent");
        checkVariants(rule);
    }

    private void checkCaps(FrequencyCaps caps) {
        optional("caps.perSession", caps.perSession(), 1, 100);
        optional("caps.perDay", caps.perDay(), 1, 1000);
        optional("caps.daysAfterDismiss", caps.daysAfterDismiss(), 1, 365);
        optional("caps.minGapSeconds", caps.minGap() == null ? null : (int) caps.minGap().toSeconds(), 1, 86_400);
    }

    private void checkVariants(InviteRule rule) {
        List<InviteVariant> variants = rule.variants();
        if (variants.isEmpty() || variants.size() > MAX_VARIANTS) {
            problems.add("variants", "variantCount", MAX_VARIANTS);
            return;
        }
        Set<String> refs = new HashSet<>();
        for (int i = 0; i < variants.size(); i++) {
            InviteVariant variant = variants.get(i);
            String path = "variants[" + i + "]";
            if (variant.ref() == null || !REF.matcher(variant.ref()).matches()) {
                problems.add(path + ".ref", "variantRef");
            } else if (!refs.add(variant.ref())) {
                problems.add(path + ".ref", "variantRefTaken", variant.ref());
            }
            text(path + ".textEn", variant.textEn(), InviteVariant.MAX_TEXT, true);
            text(path + ".textNl", variant.textNl(), InviteVariant.MAX_TEXT, true);
            if (variant.kind() == VariantKind.BUTTONS) {
                button(path + ".first", variant.firstButton());
                button(path + ".second", variant.secondButton());
            }
            if (variant.kind() == VariantKind.QUESTION) {
                text(path + ".placeholderEn", variant.placeholderEn(), InviteVariant.MAX_LABEL, false);
                text(path + ".placeholderNl", variant.placeholderNl(), InviteVariant.MAX_LABEL, false);
            }
        }
        if (rule.splitMode() == SplitMode.FIXED) {
            for (int i = 0; i < variants.size(); i++) {
                within("variants[" + i + "].share", variants.get(i).share(), 1, 100, "percent");
            }
            int total = variants.stream().mapToInt(InviteVariant::share).sum();
            if (total != 100) {
                problems.add("variants", "sharesTotal", total);
            }
        } else {
            within("minShare", rule.minShare(), 0, 100 / variants.size(), "minShare");
        }
    }

    private void button(String path, InviteButton button) {
        text(path + ".labelEn", button.labelEn(), InviteVariant.MAX_LABEL, true);
        text(path + ".labelNl", button.labelNl(), InviteVariant.MAX_LABEL, true);
        if (button.action() == null) {
            problems.add(path + ".action", "buttonAction");
        } else if (button.action() == ButtonAction.OPEN_LINK) {
            if (!isWebLink(button.link())) {
                problems.add(path + ".link", "link", MAX_LINK);
            }
        } else if (button.link() != null) {
            problems.add(path + ".link", "linkNotWanted");
        }
    }

    static boolean isWebLink(String link) {
        if (link == null || link.length() > MAX_LINK) {
            return false;
        }
        try {
            URI uri = new URI(link);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private void text(String path, String text, int max, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(path, "missing");
            }
        } else if (text.length() > max) {
            problems.add(path, "tooLong", max, text.length());
        }
    }

    private void optional(String path, Integer value, int min, int max) {
        if (value != null) {
            within(path, value, min, max, "");
        }
    }

    private void within(String path, int value, int min, int max, String unit) {
        if (value < min || value > max) {
            problems.add(path, unit.isEmpty() ? "range" : "range." + unit, min, max, value);
        }
    }
}
