package nl.shopfloor.agents.control;

import jakarta.ejb.ApplicationException;

/** An uploaded photo that is not taken (agents A7); nothing changes. */
@ApplicationException(rollback = true)
public class PhotoRefused extends RuntimeException {

    public enum Reason {
        /** More than {@link PhotoScaler#MAX_BYTES}. */
        TOO_LARGE,
        /** Not JPEG, PNG or WebP by its first bytes, whatever its name or declared type. */
        UNSUPPORTED_TYPE,
        /** More pixels than {@link PhotoScaler#MAX_PIXELS} by its header: refused before decoding. */
        TOO_MANY_PIXELS,
        /** Starts like an image but does not decode whole. */
        CORRUPT,
        /** Other uploads are being decoded and none finished in time. */
        BUSY,
        NOT_IN_SHOP
    }

    private final Reason reason;

    public PhotoRefused(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
