package nl.shopfloor;

import java.security.SecureRandom;
import java.util.Base64;

/** Random, unguessable identifiers: conversation and visitor ids double as access tokens. */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    /** Whether this could be an id {@link #random()} made: 24 characters of base64url. */
    public static boolean isWellFormed(String id) {
        return id != null && id.length() == 24 && id.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
                || c >= '0' && c <= '9' || c == '-' || c == '_');
    }

    public static String random() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
