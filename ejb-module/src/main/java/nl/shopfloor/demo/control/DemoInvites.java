package nl.shopfloor.demo.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import nl.shopfloor.invites.entity.FrequencyCaps;
import nl.shopfloor.invites.entity.InviteRule;
import nl.shopfloor.invites.entity.InviteVariant;
import nl.shopfloor.invites.entity.Presenter;
import nl.shopfloor.invites.entity.SplitMode;

/**
 * The reference customer's invites for the demo shop (invites I7), each as a plain text and as a question field,
 * half and half, each known to the shop API by a ref of its own: at most once a session, twice a day, not for a day
 * after a dismiss, five minutes after any invite.
 */
final class DemoInvites {

    private static final FrequencyCaps CAPS = new FrequencyCaps(1, 2, 1, Duration.ofMinutes(5));
    private static final Duration SHOWN_FOR = Duration.ofSeconds(30);

    private DemoInvites() {
    }

    static List<InviteRule> rules(Supplier<String> ids, Instant now) {
        return List.of(
                rule(ids.get(), now, "faq-45s", "FAQ for 45 s", 30,
                        "{\"type\":\"all\",\"of\":[{\"type\":\"pageType\",\"in\":[\"faq\"]},{\"type\":\"timeOnPage\",\"seconds\":45}]}")
                        .presentedBy(Presenter.TEAM, "first-line")
                        .split(SplitMode.FIXED, 0, 0, textAndQuestion(
                                "Can't find your answer? We're happy to help.", "Staat je antwoord er niet bij? We helpen je graag.",
                                "What can we help you with?", "Waarmee kunnen we je helpen?", "Type your question", "Typ je vraag")),
                rule(ids.get(), now, "idle-60s", "Idle for 60 s in cart, account or FAQ", 20,
                        "{\"type\":\"all\",\"of\":[{\"type\":\"pageType\",\"in\":[\"cart\",\"account\",\"faq\"]},{\"type\":\"idle\",\"seconds\":60}]}")
                        .presentedBy(Presenter.ROUTED, null)
                        .split(SplitMode.FIXED, 0, 0, textAndQuestion(
                                "Stuck? One of us can help you right away.", "Kom je er niet uit? Een van ons helpt je meteen.",
                                "Any questions before you go on?", "Nog vragen voordat je verdergaat?", "Type your question", "Typ je vraag")),
                rule(ids.get(), now, "product-2min", "Product page for 2 minutes without add-to-cart", 10,
                        "{\"type\":\"productPageWithoutAddToCart\",\"seconds\":120}")
                        .presentedBy(Presenter.TEAM, "inside-sales")
                        .split(SplitMode.FIXED, 0, 0, textAndQuestion(
                                "Doubting? Our specialists know this product inside out.", "Twijfel je? Onze specialisten kennen dit product door en door.",
                                "Would you like advice on this product?", "Wil je advies over dit product?", "Ask a specialist", "Vraag een specialist")));
    }

    private static List<InviteVariant> textAndQuestion(String textEn, String textNl, String questionEn, String questionNl,
                                                       String placeholderEn, String placeholderNl) {
        return List.of(InviteVariant.text("text", 50, textEn, textNl),
                InviteVariant.question("question", 50, questionEn, questionNl, placeholderEn, placeholderNl));
    }

    private static InviteRule rule(String id, Instant now, String ref, String name, int priority, String conditions) {
        return new InviteRule(id, DemoData.SHOP, now).knownAs(ref).describe(name, true, priority).when(conditions, Duration.ZERO, SHOWN_FOR).capped(CAPS);
    }
}
