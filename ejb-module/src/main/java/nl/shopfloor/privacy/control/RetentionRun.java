package nl.shopfloor.privacy.control;

/** What one retention run did for one shop (P4): counts only, never whose data it was. */
public record RetentionRun(int anonymisedConversations, int anonymisedVisitors, int deletedContactMessages) {

    public String summary() {
        return anonymisedConversations + " conversations and " + anonymisedVisitors + " visitors anonymised, "
                + deletedContactMessages + " contact messages deleted";
    }
}
