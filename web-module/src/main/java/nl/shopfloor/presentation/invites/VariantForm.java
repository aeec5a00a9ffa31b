package nl.shopfloor.presentation.invites;

import java.io.Serializable;
import nl.shopfloor.invites.entity.ButtonAction;
import nl.shopfloor.invites.entity.InviteButton;
import nl.shopfloor.invites.entity.InviteVariant;
import nl.shopfloor.invites.entity.VariantKind;

/** One variant as the rule editor shows it: every field of every kind, of which its kind uses some. */
public class VariantForm implements Serializable {

    private String ref;
    private VariantKind kind = VariantKind.TEXT;
    private int share = 100;
    private String textEn;
    private String textNl;
    private final ButtonForm first = new ButtonForm(ButtonAction.OPEN_CHAT);
    private final ButtonForm second = new ButtonForm(ButtonAction.DISMISS);
    private String placeholderEn;
    private String placeholderNl;

    VariantForm(String ref) {
        this.ref = ref;
    }

    static VariantForm of(InviteVariant variant) {
        VariantForm form = new VariantForm(variant.ref());
        form.kind = variant.kind();
        form.share = variant.share();
        form.textEn = variant.textEn();
        form.textNl = variant.textNl();
        if (variant.kind() == VariantKind.BUTTONS) {
            form.first.set(variant.firstButton());
            form.second.set(variant.secondButton());
        }
        form.placeholderEn = variant.placeholderEn();
        form.placeholderNl = variant.placeholderNl();
        return form;
    }

    InviteVariant variant() {
        return switch (kind) {
            case TEXT -> InviteVariant.text(ref, share, textEn, textNl);
            case BUTTONS -> InviteVariant.buttons(ref, share, textEn, textNl, first.button(), second.button());
            case QUESTION -> InviteVariant.question(ref, share, textEn, textNl, blankToNull(placeholderEn), blankToNull(placeholderNl));
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** One of a variant's two buttons. */
    public static class ButtonForm implements Serializable {
        private String labelEn;
        private String labelNl;
        private ButtonAction action;
        private String link;

        ButtonForm(ButtonAction action) {
            this.action = action;
        }

        void set(InviteButton button) {
            labelEn = button.labelEn();
            labelNl = button.labelNl();
            action = button.action();
            link = button.link();
        }

        InviteButton button() {
            return new InviteButton(labelEn, labelNl, action, action == ButtonAction.OPEN_LINK ? blankToNull(link) : null);
        }

        public String getLabelEn() { return labelEn; }
        public void setLabelEn(String labelEn) { this.labelEn = labelEn; }
        public String getLabelNl() { return labelNl; }
        public void setLabelNl(String labelNl) { this.labelNl = labelNl; }
        public ButtonAction getAction() { return action; }
        public void setAction(ButtonAction action) { this.action = action; }
        public String getLink() { return link; }
        public void setLink(String link) { this.link = link; }
        public String label(String language) { return "nl".equals(language) ? labelNl : labelEn; }
    }

    public String text(String language) { return "nl".equals(language) ? textNl : textEn; }
    public String placeholder(String language) { return "nl".equals(language) ? placeholderNl : placeholderEn; }

    public String getRef() { return ref; }
    public void setRef(String ref) { this.ref = ref; }
    public VariantKind getKind() { return kind; }
    public void setKind(VariantKind kind) { this.kind = kind == null ? VariantKind.TEXT : kind; }
    public int getShare() { return share; }
    public void setShare(int share) { this.share = share; }
    public String getTextEn() { return textEn; }
    public void setTextEn(String textEn) { this.textEn = textEn; }
    public String getTextNl() { return textNl; }
    public void setTextNl(String textNl) { this.textNl = textNl; }
    public ButtonForm getFirst() { return first; }
    public ButtonForm getSecond() { return second; }
    public String getPlaceholderEn() { return placeholderEn; }
    public void setPlaceholderEn(String placeholderEn) { this.placeholderEn = placeholderEn; }
    public String getPlaceholderNl() { return placeholderNl; }
    public void setPlaceholderNl(String placeholderNl) { this.placeholderNl = placeholderNl; }
}
