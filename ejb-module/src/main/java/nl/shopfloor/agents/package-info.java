/**
 * Agents: accounts, teams, roles and presence; login through Jakarta Security (the application's own form
 * mechanism, PBKDF2-SHA512 hashes in the agent table checked by {@code Logins}, roles agent/supervisor/admin
 * from its role column).
 *
 * <p>Decisions:
 * <ul>
 * <li>A1 Presence = the status the agent chose (stored) while at least one dashboard socket of theirs is
 * open on any instance of the cluster (the open dashboards per instance are one grid entry per agent); closing the
 * last dashboard makes them offline at once, and so does the death of the instance that held it (the lead forgets
 * its dashboards, grid G4); reopening restores the chosen status. The dashboard's presence control is native radio
 * buttons (a fieldset with a legend) whose choice goes over the agent socket ({@code AgentEndpoint}'s presence frame
 * to {@code Presence.choose}, the one way the dashboard changes it); they show what the presence frames say, a
 * roster's step included. A checked option cannot be unselected; an empty or unknown status frame gets an
 * {@code invalid} error and changes nothing.</li>
 * <li>A2 Supervisors and admins edit their shop's agents (name, role text, team, max chats, skills);
 * only admins open accounts (role agent or supervisor) and create or rename teams. A change is made whole
 * or refused ({@code AccountRefused} rolls back). Max chats counts from the next routing decision, because
 * the router reads it per decision and {@code Capacity} keeps only counts.</li>
 * <li>A3 Rosters are weekly shifts (day, from, until, channel) in the shop's time zone. A shift's start applies
 * its channel's status once (chat: online; phone, e-mail: busy on another channel), the end of a shift with
 * none following sets away once; the agent's own choice in between holds until the next step
 * ({@code Agent.follow}, the applied step's key stored with the agent, so a restart does not re-apply it).
 * Changing a roster applies the current step at once; {@code RosterWatch} looks every 15 s for the rest.
 * Rosters change the stored status only: an agent without an open dashboard stays offline.</li>
 * <li>A4 Login is the application's own form mechanism ({@code AgentFormLogin} in the web module), not
 * {@code @FormAuthenticationMechanismDefinition}: with the latter, Payara 6.2025.10 mixes up the groups of
 * logged-in requests that arrive at the same instant and answers 403 (several dashboards opened together).
 * The session keeps the agent's name and groups and hands exactly these to the container on every request;
 * the session id changes at login.</li>
 * <li>A5 Password guessing is slowed down ({@code Logins}, {@code LoginThrottle}): failures count per account
 * (lower-cased name, 5 free) and per client address ({@code nl.shopfloor.ClientAddress}, 20 free); after the
 * free ones every further failure doubles the wait from 1 s up to 60 s, and while a wait is in force every
 * attempt is refused unchecked, the right password too. A success clears the account's count only. Counts
 * live in memory per instance (at most 10,000 keys, the one that failed longest ago makes room; forgotten
 * 15 min after the last failure), all configurable ({@code shopfloor.login.*}). An unknown name costs the same
 * PBKDF2 work as a wrong password (a fixed dummy hash), so timing does not tell which names exist. Shoppers
 * know agents by a random, stable public id, never by the login name (team page, personal button,
 * {@code agent_unavailable}, the {@code agent} of start/contact/callback); inside, the username stays.</li>
 * <li>A6 Without a login, {@code /api} calls and the dashboard socket's handshake get 401 with
 * {@code {"error":"login_required"}}, pages the login form; a role that may not gets 403, as JSON from
 * {@code /api}.</li>
 * <li>A7 Photos: an agent uploads their own photo on their profile page (top bar, {@code /dashboard/profile.xhtml}),
 * an admin anyone's of the shop on the agents page; either removes it, and the initials show again
 * ({@code POST/DELETE /api/photos/me} or {@code /api/photos/<public id>}, multipart part {@code photo}). An upload is
 * at most 5 MB (more: 413) and a JPEG, PNG or WebP by its first bytes, whatever its name or declared type (else 415);
 * its pixel count is read from the header before decoding, more than 40 megapixels is refused (400), and so is a file
 * that does not decode whole, a truncated one included (400) — never a 500. Only the centred square is decoded,
 * subsampled to about 1,024 px, turned upright by its EXIF orientation, scaled down in halving steps and stored as
 * JPEG at 256 and 96 px with a version (part of the SHA-256 of the picture), in the database (one row per agent, so
 * every instance of a cluster has it). The photo URL of the agent becomes {@code /photos/<public id>/<version>.jpg}
 * ({@code -96.jpg} the small one), so the team page, chat, invites and dashboard carry the new one from their next
 * frame or page on; it is cached for a year as immutable with an ETag (304) and may be loaded by any origin
 * (CORP cross-origin); an earlier version is 404. At most two uploads decode at once, a third waits up to 20 s, then
 * 503. WebP is read by the TwelveMonkeys reader (ImageIO has none), EXIF by metadata-extractor.</li>
 * <li>A8 The dashboard speaks English and Dutch, every page, the wall display and the texts the pages' scripts get
 * (they read them from the page). An agent chooses with the NL | EN switch in every page's top bar ({@code LanguageChoice},
 * a POST that goes back to the page it came from, a path of this application only); the choice is stored with the agent
 * ({@code dashboard_language}, V26; null until they choose: then the first of the browser's Accept-Language that the
 * dashboard speaks, else English). One owner applies it: {@code AgentLanguageFilter} gives every request the agent's
 * locale ({@code getLocale()}, read once per session), which the Faces pages ({@code f:view}, the html lang attribute),
 * the wall's texts and the 403 page and answer use; the Accept-Language header itself is left alone, so the shopper's
 * side keeps its own choice. A choice made in another browser counts there from the next login. An empty
 * {@code dashboard_en.properties} keeps an English request from falling back to the JVM's default locale; Faces' own
 * validation messages have Dutch in {@code i18n/faces_nl.properties}. Figures, CSV column names and what receivers,
 * mail servers or libraries answered are data and stay as they are.</li>
 * </ul>
 * Out of scope here: deleting or disabling accounts, password resets, changing roles, cropping by hand.
 */
package nl.shopfloor.agents;
