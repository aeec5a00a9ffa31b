package nl.shopfloor.privacy.control;

import java.util.Locale;
import nl.shopfloor.Secrets;

/** The shopper a request is about (P1): one e-mail address, customer id or visitor id. */
public record Subject(Kind kind, String value) implements java.io.Serializable {

    public enum Kind { EMAIL, CUSTOMER, VISITOR }

    public Subject {
        value = kind == Kind.EMAIL ? value.strip().toLowerCase(Locale.ROOT) : value.strip();
    }

    String hash() {
        return Secrets.sha256(kind + ":" + value);
    }
}
