package nl.shopfloor.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;

import nl.shopfloor.notifications.entity.NotificationKind;
import org.junit.jupiter.api.Test;

class NotificationTest {

    @Test
    void thePayloadIsTheKindTheChatAndTextsInTheAgentsLanguage() {
        var json = Notification.of(NotificationKind.NEW_CHAT, "c1", "nl").toJson();
        assertThat(json.getString("kind")).as("N5").isEqualTo("new_chat");
        assertThat(json.getString("chat")).isEqualTo("c1");
        assertThat(json.getString("title")).isEqualTo("Nieuwe chat");
        assertThat(json.getString("tag")).as("N8").isEqualTo("new_chat:c1");
        assertThat(Notification.of(NotificationKind.TAKE_OVER, "c1", "en").title()).isEqualTo("A colleague's chat is waiting");
    }

    @Test
    void everyKindHasBothLanguagesTexts() {
        for (NotificationKind kind : NotificationKind.values()) {
            for (String language : new String[] {"en", "nl"}) {
                Notification notification = Notification.of(kind, "c", language);
                assertThat(notification.title()).isNotBlank();
                assertThat(notification.body()).isNotBlank();
            }
        }
        assertThat(Notification.of(NotificationKind.MESSAGE, "c", "nl").body()).isNotEqualTo(Notification.of(NotificationKind.MESSAGE, "c", "en").body());
    }
}
