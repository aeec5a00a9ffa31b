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
 * instance's change is seen within 10 s).</li>
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
 * for a named agent, that that agent has room. It is asked only when a rule would invite.</li>
 * <li>I7 Demo rules of the reference customer ({@code demo.control.DemoData}): 45 s on the FAQ; 60 s idle on the
 * cart, account or FAQ; 2 minutes on a product page without add-to-cart.</li>
 * <li>I8 Exposures ({@code InviteExposure}, {@code Invitations}): one row per invite offered and per control-group
 * hold-back (no variant), with the widget's shown / clicked / dismissed steps kept once each and the chat that answered
 * it. A visitor's history (the last 365 days, at most 500) is read once per socket and carried from one decision to
 * the next, so an activity writes only when it leads to an invite or a hold-back. The caps count hold-backs as they
 * count invites, so both arms of an A/B test are held to the same frequency. Ids from the widget are used only when
 * they are that visitor's. An erased shopper's exposures are deleted with them (privacy P2).</li>
 * <li>I9 Rules managed by the shop: each has the shop's own {@code ref} (unique in the shop; names are labels), by which
 * the dashboard and the shop API ({@code /api/v1/invite-rules}) read and change it. {@code InviteRules.put} applies
 * {@code RuleSettings} to the stored rule rather than replacing it, so columns a caller does not know keep their
 * values; {@code duplicate} makes a disabled copy under a ref of its own. {@code RuleRefused} carries each
 * {@code Problem} with its path and a key, said in English or Dutch ({@code problems*.properties}).
 * {@code ConditionParser.explain} names the first condition that fails for an activity (the dashboard's test), and
 * {@code ConditionParser.types} lists every condition type's fields for the dashboard's editor.</li>
 * </ul>
 * Not yet (later parts of issue 10): the widget's activity reporting and the bubble (so no exposure is stored yet
 * outside tests), the adaptive split's conversions (every variant is drawn evenly), results per variant, throttling by expected chats and expected value, a team presenter
 * checked against that team's room (today: any room in the shop).
 */
package nl.shopfloor.invites;
