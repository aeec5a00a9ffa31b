package nl.shopfloor.notifications.boundary;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import nl.shopfloor.Ids;

/**
 * N12 Which browser this is, for its push subscriptions: a random id in an HttpOnly cookie, given with the first
 * subscription made in it and presented when an agent logs out there. It says nothing about the agent and grants
 * nothing; SameSite comes from the server's setting for every cookie.
 */
public final class DeviceCookie {

    static final String NAME = "sf_device";
    /** Chromium keeps a cookie at most 400 days. */
    private static final int MAX_AGE = (int) Duration.ofDays(400).toSeconds();

    private DeviceCookie() {
    }

    /** The browser's device id, if it sent a well-formed one. */
    public static Optional<String> of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> NAME.equals(cookie.getName()) && Ids.isWellFormed(cookie.getValue()))
                .map(Cookie::getValue)
                .findFirst();
    }

    /** The cookie to (re)set with {@code device}, renewing its age. */
    static NewCookie of(HttpServletRequest request, String device) {
        return new NewCookie.Builder(NAME).value(device).path(request.getContextPath() + "/").maxAge(MAX_AGE)
                .httpOnly(true).secure(request.isSecure()).build();
    }
}
