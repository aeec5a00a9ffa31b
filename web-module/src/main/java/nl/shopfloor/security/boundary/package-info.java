/**
 * The HTTP guards in front of every request of the product, declared as servlet filters in web.xml.
 *
 * <ul>
 * <li>S-CSRF: a state-changing request (POST, PUT, PATCH, DELETE: REST calls, Faces postbacks, the login form)
 * sent by another site's page is refused with 403 ({@link nl.shopfloor.security.boundary.CrossSiteRequests}: the
{@link nl.shopfloor.security.boundary.CrossSiteRequestFilter} for resources, the
{@link nl.shopfloor.security.boundary.CrossSiteLoginGuard} decorator for the login form, which the login mechanism
answers before any filter runs);
 * requests without {@code Origin} and {@code Sec-Fetch-Site} pass (no browser page, so no victim's cookie). Our own
 * origins: {@link nl.shopfloor.security.boundary.OwnOrigins}. The session cookie is HttpOnly and SameSite=Lax,
 * tracked by cookie only (web.xml).</li>
 * <li>S-PATH: paths that are not in canonical form (path parameters such as {@code ;jsessionid=}, {@code //},
 * dot segments, encoded dots, slashes and semicolons) get 400, so a trick in the path never changes who is
 * authorised ({@link nl.shopfloor.security.boundary.CanonicalPathFilter}).</li>
 * <li>S-HEAD: Content-Security-Policy without inline scripts, {@code frame-ancestors 'none'}, nosniff and a
 * Referrer-Policy on every page ({@link nl.shopfloor.security.boundary.SecurityHeadersFilter}).</li>
 * <li>S-WIDGET (in chat.boundary, WidgetFiles): the widget's files gzipped, the loader revalidated, its parts under
 * versioned URLs cached for good.</li>
 * </ul>
 *
 * <p>Why filters and not the login mechanism: they see every request the same way, pages, REST and postbacks.
 * Out of scope here: login throttling and the 401 of unauthenticated API calls (agents), frame validation (chat).
 */
package nl.shopfloor.security.boundary;
