/**
 * Invites: when a shop invites a shopper to chat, with what, and to whom the invite goes (issue 10, first part).
 *
 * <ul>
 * <li>I1 Conditions are data: a rule's JSON ({@code docs/invites.md}) of "all"/"any" groups over URL and referrer
 * patterns (wildcards, or regular expressions after {@code re:}, with exclusions), page type, time on page and on
 * site, idle time, a product page without add-to-cart, cart value, an out-of-stock product on the page, the same
 * product again, a shop event N times within X s, exit intent, pages viewed, scroll depth, new or returning visitor,
 * an earlier conversation (within N days), segment, lifetime value, language, device, within or outside opening
 * hours. {@code ConditionParser} compiles it once into one predicate or refuses it with every problem and where it is;
 * unknown types and fields are refused. A regex cannot hang an evaluation: at most 200 characters, a repeated group
 * that repeats inside is refused, only the first 2,000 characters of a URL are read, and a match that reads more than
 * 20,000 characters counts as no match ({@code BoundedRegex}). Conditions read only the {@code Activity}, whose times
 * the caller gives: the same activity always gets the same answer.</li>
 * <li>I2 Rules ({@code InviteRule}, its {@code InviteVariant}s): shop, name, enabled, priority, conditions, delay (the
 * widget shows the invite once the conditions held that long), display time, who is shown (a named agent, a team, or
 * whoever routing picks), caps, split. {@code InviteRules} owns them, checks every change ({@code RuleChecks}: texts
 * up to 200 characters, links http(s) only, fixed shares adding up to 100 %, …) and announces it after commit;
 * {@code InviteRuleCache} keeps each shop's compiled enabled rules and drops them on that announcement (another
 * instance's change is seen within 10 s; one caller reads them anew while the others go on with the old ones).</li>
 * <li>I3 {@code InviteEngine} (@Stateless) answers one activity with at most one decision ({@code ShopRules}, plain
 * Java): the first rule by priority (then name) that matches, whose caps allow it and whose chat can start now, with
 * its variant; or, naming the rule, "control group" (matched but held back: the caller records it as such), "no
 * capacity", "capped" (with the cap), or "no rule matched".</li>
 * <li>I4 Caps per visitor ({@code InviteCaps}, with a given now): this rule's invites per session and in the last
 * 24 hours, not again for N days after a dismiss of this rule, and a minimum gap after any invite.</li>
 * <li>I5 Allocation ({@code Allocation}): the control group and a fixed split follow from a hash of the visitor's and
 * the rule's ids, so a visitor keeps them; an adaptive split keeps a visitor's earlier variant and otherwise gives
 * each variant its minimum share and the rest by Thompson sampling on conversion. The random source is given.</li>
 * <li>I6 Capacity: an invite is shown only when {@code capacity.control.Availabilities} says a chat can start now, and
 * for a named agent, that that agent has room; for a team, that someone of that team is on duty with room
 * ({@code ChatRoom}). It is asked only when a rule would invite.</li>
 * <li>I7 Demo rules of the reference customer ({@code demo.control.DemoData}): 45 s on the FAQ; 60 s idle on the
 * cart, account or FAQ; 2 minutes on a product page without add-to-cart.</li>
 * <li>I8 Exposures ({@code InviteExposure}, {@code Invitations}): one row per invite offered and per control-group
 * hold-back (no variant), with the widget's shown / clicked / dismissed steps kept once each and the chat that answered
 * it. A visitor's history (the last 365 days, at most 500) is read once per socket and carried from one decision to
 * the next, so an activity writes only when it leads to an invite or a hold-back. The caps count hold-backs as they
 * count invites, so both arms of an A/B test are held to the same frequency. Ids from the widget are used only when
 * they are that visitor's. An erased shopper's exposures are deleted with them (privacy P2).</li>
 * <li>I9 Throttling ({@code InviteThrottle}, plain Java, one per shop in {@code InviteThrottles}): judged after capacity
 * and before the control-group split, so both arms are throttled alike; a throttled rule gives way to the next. An
 * invite is held back (THROTTLED) for ANSWER_TIME while the median first wait of the last 15 minutes is over the
 * answer target ({@code kpi.control.WallFigures.ANSWER_TARGET}); for EXPECTED_CHATS when the chats expected from the
 * invites still open (each its rule's acceptance: clicked or chat linked ÷ shown over 30 days, from a prior of 1 in
 * 10) and this one would not fit in 80 % of the free slots; for LOWER_VALUE when past half of that share and the
 * visitor's expected value (cart, else lifetime value, else the shop's average order, times the acceptance) is below
 * the median of the last 10 minutes' candidates. Figures are read at most once a minute (acceptance) and every 30 s
 * (answer times) per shop, by the activity that finds them stale, never per activity.</li>
 * <li>I10 Held back and why ({@code HoldbackTally}, {@code InviteHoldbacks}): every THROTTLED (with its reason),
 * NO_CAPACITY, CAPPED and CONTROL_GROUP decision of {@code Invitations.consider} counts once per (session, rule,
 * reason) in bounded memory and is added to {@code invite_holdback} per hour every minute
 * ({@code shopfloor.invite-holdbacks.flush-millis}); the dashboard shows today / 7 / 30 days per rule and reason.</li>
 * <li>I11 A/B results ({@code InviteResults}, {@code ArmQuery}, {@code AbTest}): per rule and arm (each variant and the
 * control group) visitors, shown, clicked, dismissed, chats, buyers, orders, revenue, conversion and revenue per
 * visitor. The unit is the visitor, in the arm of their first exposure of the rule in the period, with the orders
 * placed under their visitor id from then until the shop's attribution window after it — not the chat credit of kpi
 * K6, which the control group (no chat) cannot have; orders matched only by customer are not counted. One query per
 * shop gives every rule. Wilson intervals per arm, Newcombe (conversion) and Welch (revenue per visitor) for the
 * difference with the control group, Bonferroni-corrected over the variants ({@code Intervals}, {@code Quantiles},
 * plain Java). The verdict names a winner on the rule's {@code Optimise} setting (V21, default conversion) only with
 * at least 100 visitors and 5 buyers in every arm and an interval that excludes zero; otherwise "not yet" with a rough
 * size still needed. A variant removed from the rule keeps its arm (and its place in the correction) in the periods
 * where it had visitors: it was part of the test then. The adaptive split draws on the last 30 days of these figures ({@code VariantStatsCache}: one
 * query per shop at most once a minute, at most 5,000 shops), on revenue per visitor as conversion times a draw of
 * the value per buyer.</li>
 * <li>I12 Activity from the widget (docs/widget-protocol.md "Invites"; {@code activity.js}, loaded only for a shop
 * with enabled rules): page type, product, price, stock, cart, add-to-cart and the shop's own events
 * ({@code Shopfloor.push(['page'|'event', …])}), time on page and site, idle time, scroll depth, exit intent, page
 * views, returning visitor, device, referrer, batched to one frame per 2 s at most and a 5 s tick while visible. The
 * web module's chat boundary checks it and evaluates it (chat C21).</li>
 * <li>I13 The invite and its bubble ({@code invite.js}): texts in the page's language, whom it shows
 * ({@code InvitePresenters}: the named agent, the team, or routing's pick asked without assigning), shown after the
 * delay and gone after the display time, never opening the chat by itself; shown / clicked / dismissed go to
 * {@code Invitations.step} and to the shop's analytics; a chat started from it is linked to the exposure and goes to
 * the person shown while they have room.</li>
 * <li>I14 Rules managed by the shop: each has the shop's own {@code ref} (unique in the shop; names are labels), by which
 * the dashboard and the shop API ({@code /api/v1/invite-rules}) read and change it. {@code InviteRules.put} applies
 * {@code RuleSettings} to the stored rule rather than replacing it, so columns a caller does not know keep their
 * values; {@code duplicate} makes a disabled copy under a ref of its own. {@code RuleRefused} carries each
 * {@code Problem} with its path and a key, said in English or Dutch ({@code problems*.properties}).
 * {@code ConditionParser.explain} names the first condition that fails for an activity (the dashboard's test), and
 * {@code ConditionParser.types} lists every condition type's fields for the dashboard's editor. The admins' page
 * {@code dashboard/invites.xhtml} lists the rules with their conditions in words and edits them (condition rows kept in
 * step with the JSON, problems at their fields, a preview of every variant in nl and en, a test against a sample
 * activity).</li>
 * </ul>
 * Not yet: the rules' editor and API do not set the {@code optimise} setting (new rules optimise conversion); the
 * throttle ranks candidates by acceptance, not by their rule's conversion; the answer target is the KPI's fixed 20 s.
 */
package nl.shopfloor.invites;
