package nl.shopfloor.chat.control;

/** Who a chat is handed to: one colleague ({@code agent}) or whoever in a team is best placed ({@code team}). */
public record TransferTarget(String agent, String team) {

    public static TransferTarget parse(String target) {
        if (target != null && target.startsWith("agent:") && target.length() > 6) {
            return new TransferTarget(target.substring(6), null);
        }
        if (target != null && target.startsWith("team:") && target.length() > 5) {
            return new TransferTarget(null, target.substring(5));
        }
        throw new IllegalArgumentException("A transfer goes to 'agent:<username>' or 'team:<id>'");
    }
}
