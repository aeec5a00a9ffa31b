package nl.shopfloor.agents.entity;

/**
 * Where an agent's roster stands at one moment: inside one day's occurrence of a shift, or off. The key
 * tells steps apart, so a step is applied once and a manual change holds until the next step.
 */
public record RosterStep(String key, WorkChannel channel) {

    public static final RosterStep OFF = new RosterStep("off", null);

    public boolean isOff() {
        return channel == null;
    }

    public static boolean isShiftKey(String key) {
        return key != null && !OFF.key().equals(key);
    }
}
