package nl.shopfloor.invites.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One message of a rule, in English and Dutch: plain text, text with two buttons, or a question field. */
@Embeddable
public class InviteVariant {

    public static final int MAX_TEXT = 200;
    public static final int MAX_LABEL = 40;

    @Column(nullable = false, length = 20)
    private String ref;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VariantKind kind;

    /** percent of the invited visitors in a fixed split */
    @Column(name = "share_percent", nullable = false)
    private int share;

    @Column(name = "text_en", nullable = false, length = MAX_TEXT)
    private String textEn;

    @Column(name = "text_nl", nullable = false, length = MAX_TEXT)
    private String textNl;

    @Column(name = "first_label_en", length = MAX_LABEL)
    private String firstLabelEn;
    @Column(name = "first_label_nl", length = MAX_LABEL)
    private String firstLabelNl;
    @Enumerated(EnumType.STRING)
    @Column(name = "first_action", length = 20)
    private ButtonAction firstAction;
    @Column(name = "first_link", length = 500)
    private String firstLink;

    @Column(name = "second_label_en", length = MAX_LABEL)
    private String secondLabelEn;
    @Column(name = "second_label_nl", length = MAX_LABEL)
    private String secondLabelNl;
    @Enumerated(EnumType.STRING)
    @Column(name = "second_action", length = 20)
    private ButtonAction secondAction;
    @Column(name = "second_link", length = 500)
    private String secondLink;

    @Column(name = "placeholder_en", length = MAX_LABEL)
    private String placeholderEn;
    @Column(name = "placeholder_nl", length = MAX_LABEL)
    private String placeholderNl;

    protected InviteVariant() {
    }

    private InviteVariant(String ref, VariantKind kind, int share, String textEn, String textNl) {
        this.ref = ref;
        this.kind = kind;
        this.share = share;
        this.textEn = textEn;
        this.textNl = textNl;
    }

    public static InviteVariant text(String ref, int share, String textEn, String textNl) {
        return new InviteVariant(ref, VariantKind.TEXT, share, textEn, textNl);
    }

    public static InviteVariant buttons(String ref, int share, String textEn, String textNl, InviteButton first, InviteButton second) {
        InviteVariant variant = new InviteVariant(ref, VariantKind.BUTTONS, share, textEn, textNl);
        variant.firstLabelEn = first.labelEn();
        variant.firstLabelNl = first.labelNl();
        variant.firstAction = first.action();
        variant.firstLink = first.link();
        variant.secondLabelEn = second.labelEn();
        variant.secondLabelNl = second.labelNl();
        variant.secondAction = second.action();
        variant.secondLink = second.link();
        return variant;
    }

    /** The text the shopper types into the field becomes the chat's first message. */
    public static InviteVariant question(String ref, int share, String textEn, String textNl, String placeholderEn, String placeholderNl) {
        InviteVariant variant = new InviteVariant(ref, VariantKind.QUESTION, share, textEn, textNl);
        variant.placeholderEn = placeholderEn;
        variant.placeholderNl = placeholderNl;
        return variant;
    }

    public String ref() {
        return ref;
    }

    public VariantKind kind() {
        return kind;
    }

    public int share() {
        return share;
    }

    public String textEn() {
        return textEn;
    }

    public String textNl() {
        return textNl;
    }

    /** Null unless {@link VariantKind#BUTTONS}. */
    public InviteButton firstButton() {
        return kind == VariantKind.BUTTONS ? new InviteButton(firstLabelEn, firstLabelNl, firstAction, firstLink) : null;
    }

    /** Null unless {@link VariantKind#BUTTONS}. */
    public InviteButton secondButton() {
        return kind == VariantKind.BUTTONS ? new InviteButton(secondLabelEn, secondLabelNl, secondAction, secondLink) : null;
    }

    public String placeholderEn() {
        return placeholderEn;
    }

    public String placeholderNl() {
        return placeholderNl;
    }
}
