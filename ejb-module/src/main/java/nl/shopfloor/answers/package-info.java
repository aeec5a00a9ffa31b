/**
 * Canned answers: replies agents insert in the reply box with {@code /shortcut} (issue 12, agents answer within
 * 20 seconds).
 *
 * <p>Rules:
 * <ul>
 * <li>A1 An answer is the shop's (team-wide, kept by supervisors and admins) or one agent's own (kept by that agent
 * only: a supervisor does not change a colleague's own either). Every agent uses the shop's and their own.</li>
 * <li>A2 Each is in one language, nl or en, with a shortcut that is unique per owner scope (the shop's, or the
 * agent's own) and language: a personal {@code /retour} may stand beside the shop's {@code /retour}.</li>
 * <li>A3 A shortcut is 1 to 20 letters, digits, - or _, kept in lower case (a leading / is left off); a title 1 to 80
 * characters, a text 1 to 1000; spaces around them do not count. The first thing wrong is reported
 * ({@code AnswerDraft}, {@code Refusal}).</li>
 * <li>A4 Typing {@code /query} offers at most 8 answers: those whose shortcut starts with the query, else with a title
 * word that does; the chat's language first, then shortcut matches before title matches, then the most used, then by
 * shortcut ({@code Suggestions}). A use is counted when an agent inserts the answer (one atomic update).</li>
 * <li>A5 Placeholders, in braces, lower case, English or Dutch: {@code {shopper}}/{@code {klant}} the name the shopper
 * gave in the chat; {@code {agent}}/{@code {medewerker}} the inserting agent's display name;
 * {@code {order}}/{@code {bestelling}} the shop's id of the shopper's newest order the shop pushed (as on the customer
 * panel, commerce M4); {@code {product}}/{@code {artikel}} the title of the page the shopper is on now (else the one
 * they started on), without the site name after {@code " | "} or a spaced dash ({@code Placeholders}).</li>
 * <li>A6 A placeholder without a value stays as written, for the agent to fill in (the reply box selects the first);
 * never a guess. A value that would take the text past one chat message (2000 characters) is left out the same way.
 * Braces around other words are plain text. The server fills them, when the answer is used: the rule has one owner
 * and the values are the server's own (the customer panel's data), not what a browser says.</li>
 * <li>A7 Somebody else's own answer, or another shop's, is refused like an unknown id (404); a shop's answer an agent
 * may use but not change is refused as not allowed (403). Using one in a chat not assigned to the caller is refused
 * like the customer panel (404, chat C4).</li>
 * <li>A8 In the reply box (web-module resources/dashboard/canned-answers.js) {@code /} and 1 to 20 shortcut characters
 * right before the caret open the suggestions as a listbox the reply box controls (the highlighted option is its
 * active descendant), their number announced politely; arrows move, Enter or Tab inserts, Escape closes, a click or
 * tap inserts. Inserting replaces {@code /word} with the filled text.
 * While the list is closed, Enter sends as before.</li>
 * <li>A9 Beside a chat the agent sees up to 3 of their answers in the chat's language for the shopper's question (the
 * first thing they wrote), next to the suggested articles: those sharing the most stems with it, a title's stem
 * counting twice a text's, then the most used ({@code QuestionMatch}; matching as the articles', knowledge K3). One
 * click sends it filled in; one with a placeholder left unfilled goes into the reply box instead, the placeholder
 * selected, so nothing half-filled reaches the shopper (resources/dashboard/suggestions.js).</li>
 * </ul>
 * Boundaries (web-module): {@code answers.boundary.CannedAnswersResource} ({@code /api/answers}: list, suggestions,
 * add, change, delete, use; the logged-in agent; changes Origin-checked by the security filters) and
 * {@code presentation.answers.AnswersView} (dashboard/answers.xhtml, every agent).
 * Out of scope: shared folders or tags of answers, attachments, answers per team of the shop, rich text.
 * A race of two identical new shortcuts is caught by the unique constraint, not reported as A2.
 */
package nl.shopfloor.answers;
