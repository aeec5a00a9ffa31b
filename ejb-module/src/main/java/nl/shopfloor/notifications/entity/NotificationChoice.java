package nl.shopfloor.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What one agent wants to be notified of, and whether a new chat plays a tone (N2). No row: everything, with sound. */
@Entity
@Table(name = "notification_choice")
public class NotificationChoice {

    @Id
    @Column(name = "agent_username", length = 40)
    private String agentUsername;

    /** Wire names, comma separated; empty: none. */
    @Column(nullable = false, length = 100)
    private String kinds;

    @Column(nullable = false)
    private boolean sound;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected NotificationChoice() {
    }

    public NotificationChoice(String agentUsername) {
        this.agentUsername = agentUsername;
        this.kinds = join(EnumSet.allOf(NotificationKind.class));
        this.sound = true;
    }

    public static NotificationChoice everything(String agentUsername) {
        return new NotificationChoice(agentUsername);
    }

    public Set<NotificationKind> kinds() {
        EnumSet<NotificationKind> chosen = EnumSet.noneOf(NotificationKind.class);
        Arrays.stream(kinds.split(",")).map(NotificationKind::ofWireName).flatMap(java.util.Optional::stream).forEach(chosen::add);
        return chosen;
    }

    public boolean wants(NotificationKind kind) {
        return kinds().contains(kind);
    }

    public boolean sound() {
        return sound;
    }

    public void choose(Set<NotificationKind> kinds, boolean sound, Instant now) {
        this.kinds = join(kinds);
        this.sound = sound;
        this.updatedAt = now;
    }

    private static String join(Set<NotificationKind> kinds) {
        return kinds.stream().sorted().map(NotificationKind::wireName).collect(Collectors.joining(","));
    }
}
