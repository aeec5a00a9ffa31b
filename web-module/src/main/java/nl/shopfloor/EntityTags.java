package nl.shopfloor;

/** Revalidation of files we serve with an ETag (the widget's, agents' photos). */
public final class EntityTags {

    private EntityTags() {
    }

    /** Whether an {@code If-None-Match} header names this ETag (or any), so the answer is 304. */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
