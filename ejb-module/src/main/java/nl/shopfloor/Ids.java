package nl.shopfloor;

import java.security.SecureRandom;
import java.util.Base64;

/** Random, unguessable identifiers: conversation and visitor ids double as access tokens. */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static String random() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
