package nl.shopfloor.invites.control;

import java.time.Duration;
import java.util.List;
import nl.shopfloor.invites.entity.FrequencyCaps;
import nl.shopfloor.invites.entity.InviteRule;
import nl.shopfloor.invites.entity.InviteVariant;
import nl.shopfloor.invites.entity.Presenter;
import nl.shopfloor.invites.entity.SplitMode;

/** Rules for tests: enabled, shown by whoever routing picks, no caps, one plain text variant "A". */
final class Rules {

    private Rules() {
    }

    static InviteRule rule(String id, int priority, String conditions) {
        return new InviteRule(id, "shop", Shopping.NOW).describe(id, true, priority).when(conditions, Duration.ZERO, Duration.ofSeconds(20))
                .presentedBy(Presenter.ROUTED, null).capped(FrequencyCaps.NONE)
                .split(SplitMode.FIXED, 0, 0, List.of(InviteVariant.text("A", 100, "Can we help?", "Kunnen we helpen?")));
    }

    static InviteVariant variant(String ref, int share) {
        return InviteVariant.text(ref, share, "Text " + ref, "Tekst " + ref);
    }
}
