package nl.shopfloor.presentation.webhooks;

import java.text.MessageFormat;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reason a delivery was skipped or failed, in the viewer's language (agents A8). The courier stores its own fixed
 * reasons in English (the REST API shows them as they are); those are said again from the bundle here. A receiver's
 * or a library's own words ("HTTP 500", "ConnectException: …") stay as they came.
 */
final class DeliveryReasons {

    private record Known(Pattern stored, String key) {
    }

    private static final List<Known> KNOWN = List.of(
            new Known(Pattern.compile("The subscription is disabled"), "webhooks.reason.disabled"),
            new Known(Pattern.compile("The address is not verified"), "webhooks.reason.unverified"),
            new Known(Pattern.compile("The answer did not echo the challenge"), "webhooks.reason.challenge"),
            new Known(Pattern.compile("Interrupted"), "webhooks.reason.interrupted"),
            new Known(Pattern.compile("The host (.+) is unknown"), "webhooks.reason.unknown_host"),
            new Known(Pattern.compile("The host (.+) is in a private, loopback or link-local network"), "webhooks.reason.private_host"));

    private final Function<String, String> texts;

    DeliveryReasons(Function<String, String> texts) {
        this.texts = texts;
    }

    String of(String stored) {
        if (stored == null) {
            return null;
        }
        for (Known known : KNOWN) {
            Matcher matcher = known.stored().matcher(stored);
            if (matcher.matches()) {
                Object[] parts = new Object[matcher.groupCount()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = matcher.group(i + 1);
                }
                return new MessageFormat(texts.apply(known.key())).format(parts);
            }
        }
        return stored;
    }
}
