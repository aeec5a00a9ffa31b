package nl.shopfloor.chat.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import nl.shopfloor.CachedJson;
import nl.shopfloor.invites.control.CompiledRule;
import nl.shopfloor.invites.control.ShownPresenter;
import nl.shopfloor.invites.entity.InviteButton;
import nl.shopfloor.invites.entity.InviteVariant;

/** The {@code invite} frame (docs/widget-protocol.md, "Invites"): texts in the page's language, plain text only. */
final class InviteJson {

    private InviteJson() {
    }

    static JsonObject invite(String exposureId, CompiledRule rule, InviteVariant variant, ShownPresenter presenter, String language) {
        boolean dutch = "nl".equals(language);
        JsonObjectBuilder frame = CachedJson.createObjectBuilder()
                .add("type", "invite")
                .add("exposure", exposureId)
                .add("rule", rule.ref())
                .add("variant", variant.ref())
                .add("kind", variant.kind().name().toLowerCase(Locale.ROOT))
                .add("text", dutch ? variant.textNl() : variant.textEn())
                .add("delay", rule.delay().toSeconds())
                .add("display", rule.display().toSeconds())
                .add("presenter", presenter(presenter));
        switch (variant.kind()) {
            case BUTTONS -> {
                JsonArrayBuilder buttons = CachedJson.createArrayBuilder();
                for (InviteButton button : new InviteButton[] {variant.firstButton(), variant.secondButton()}) {
                    JsonObjectBuilder json = CachedJson.createObjectBuilder()
                            .add("label", dutch ? button.labelNl() : button.labelEn())
                            .add("action", switch (button.action()) {
                                case OPEN_CHAT -> "chat";
                                case OPEN_LINK -> "link";
                                case DISMISS -> "dismiss";
                            });
                    if (button.link() != null) {
                        json.add("link", button.link());
                    }
                    buttons.add(json);
                }
                frame.add("buttons", buttons);
            }
            case QUESTION -> {
                String placeholder = dutch ? variant.placeholderNl() : variant.placeholderEn();
                frame.add("placeholder", placeholder == null ? "" : placeholder);
            }
            case TEXT -> {
                // the text alone: the bubble opens the chat
            }
        }
        return frame.build();
    }

    private static JsonObject presenter(ShownPresenter presenter) {
        JsonObjectBuilder json = CachedJson.createObjectBuilder()
                .add("kind", presenter.kind().name().toLowerCase(Locale.ROOT))
                .add("name", presenter.name())
                .add("photo", presenter.photo() == null ? "" : presenter.photo());
        if (presenter.publicId() != null) {
            json.add("id", presenter.publicId());
        }
        return json.build();
    }
}
