package nl.shopfloor.presentation.invites;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.commerce.control.Shops;
import nl.shopfloor.invites.control.InviteHoldbacks;
import nl.shopfloor.invites.control.InviteHoldbacks.HeldBack;
import nl.shopfloor.invites.control.InviteRules;
import nl.shopfloor.invites.entity.HoldbackReason;
import nl.shopfloor.invites.entity.InviteRule;
import nl.shopfloor.presentation.Viewer;

/**
 * The supervisors' page of invites held back and why (invites I10; web.xml keeps agents off it): per rule and reason,
 * today (in the shop's time zone), the last 7 and the last 30 days, as {@code invite_holdback} has them (written every
 * minute). A rule deleted since is shown by its id.
 */
@Named
@ViewScoped
public class InviteHoldbacksView implements Serializable {

    @Inject
    transient Agents agents;
    @Inject
    transient Shops shops;
    @Inject
    transient InviteHoldbacks holdbacks;
    @Inject
    transient InviteRules rules;
    @Inject
    transient Clock clock;

    private List<HeldBack> rows;
    private Map<String, String> ruleNames;

    @PostConstruct
    void load() {
        Viewer viewer = Viewer.current(agents, shops);
        Instant now = clock.instant();
        Instant todayFrom = LocalDate.now(clock.withZone(viewer.zone())).atStartOfDay(viewer.zone()).toInstant();
        rows = holdbacks.ofShop(viewer.shopId(), todayFrom, now);
        ruleNames = rules.ofShop(viewer.shopId()).stream().collect(Collectors.toMap(InviteRule::id, InviteRule::name));
    }

    public List<HeldBack> getRows() {
        return rows;
    }

    public String ruleName(String ruleId) {
        return ruleNames.getOrDefault(ruleId, ruleId);
    }

    public List<HoldbackReason> getReasons() {
        return List.of(HoldbackReason.values());
    }
}
