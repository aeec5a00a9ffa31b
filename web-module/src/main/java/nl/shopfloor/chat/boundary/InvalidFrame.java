package nl.shopfloor.chat.boundary;

/** A frame we refuse; becomes an {@code error} frame, the socket stays open and nothing is stored. */
public class InvalidFrame extends RuntimeException {

    private final String code;
    private final String clientId;

    public InvalidFrame(String code, String message) {
        this(code, message, null);
    }

    public InvalidFrame(String code, String message, String clientId) {
        super(message);
        this.code = code;
        this.clientId = clientId;
    }

    public String code() {
        return code;
    }

    public String clientId() {
        return clientId;
    }
}
