package nl.shopfloor.chat.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import nl.shopfloor.chat.entity.ChatOrigin;
import org.junit.jupiter.api.Test;

class FramesTest {

    private static JsonObject frame(String json) {
        return Frames.parse(json);
    }

    private static void refused(Runnable check, String code) {
        assertThatThrownBy(check::run).isInstanceOf(InvalidFrame.class)
                .satisfies(e -> assertThat(((InvalidFrame) e).code()).isEqualTo(code));
    }

    @Test
    void refusesWhatIsNotAJsonObjectWithAType() {
        refused(() -> frame("not json"), "malformed");
        refused(() -> frame("[1,2]"), "malformed");
        refused(() -> frame("{\"type\":3}"), "malformed");
        refused(() -> frame("{\"type\":\"hello\""), "malformed");
        refused(() -> frame("x".repeat(Frames.MAX_FRAME_CHARS + 1)), "too_large");
        assertThat(frame("{\"type\":\"hello\"}").getString("type")).isEqualTo("hello");
    }

    @Test
    void refusesDeepNestingAndGarbageAsMalformedWithoutNamingAnException() {
        String deep = "{\"type\":\"hello\",\"page\":" + "[".repeat(4000) + "]".repeat(4000) + "}";
        refused(() -> frame(deep), "malformed");
        refused(() -> frame("[".repeat(4000)), "malformed");
        refused(() -> frame("{\"type\":\"hello\"} {}"), "malformed");
        refused(() -> frame("{\"type\":\"hello\",\"x\":\u0000}"), "malformed");
        refused(() -> frame("\uFFFD\uD800garbage"), "malformed");
        assertThatThrownBy(() -> frame(deep)).hasMessageNotContaining("Exception");
        JsonObject nested = frame("{\"type\":\"hello\",\"page\":{\"url\":\"u\",\"a\":[1,{\"b\":null}]}}");
        assertThat(nested.getJsonObject("page").getJsonArray("a").getJsonObject(1).isNull("b")).isTrue();
    }

    @Test
    void textsAreTrimmedStrippedOfControlCharactersAndBounded() {
        JsonObject ok = Json.createObjectBuilder().add("text", "  hi\u0000 there\n ").build();
        assertThat(Frames.text(ok, "text", 2000, null)).isEqualTo("hi there");
        refused(() -> Frames.text(Json.createObjectBuilder().add("text", "   ").build(), "text", 2000, null), "invalid");
        refused(() -> Frames.text(Json.createObjectBuilder().add("text", "x".repeat(2001)).build(), "text", 2000, null), "too_large");
        refused(() -> Frames.text(Json.createObjectBuilder().add("text", 5).build(), "text", 2000, null), "invalid");
    }

    @Test
    void aChatsOriginIsOneTheWidgetHasAndReactiveWithoutOne() {
        assertThat(Frames.origin(Json.createObjectBuilder().add("origin", "team-page").build(), false, null)).isEqualTo(ChatOrigin.TEAM_PAGE);
        assertThat(Frames.origin(Json.createObjectBuilder().add("origin", "own-agent").build(), false, null)).isEqualTo(ChatOrigin.OWN_AGENT);
        assertThat(Frames.origin(Json.createObjectBuilder().build(), false, null)).isEqualTo(ChatOrigin.REACTIVE);
        refused(() -> Frames.origin(Json.createObjectBuilder().add("origin", "proactive").build(), false, null), "invalid");
        refused(() -> Frames.origin(Json.createObjectBuilder().add("origin", "TEAM_PAGE").build(), false, null), "invalid");
        refused(() -> Frames.origin(Json.createObjectBuilder().add("origin", 1).build(), false, null), "invalid");
        assertThat(Frames.origin(Json.createObjectBuilder().add("origin", "proactive").build(), true, null)).as("I13").isEqualTo(ChatOrigin.PROACTIVE);
        assertThat(Frames.origin(Json.createObjectBuilder().build(), true, null)).as("I13").isEqualTo(ChatOrigin.PROACTIVE);
        refused(() -> Frames.origin(Json.createObjectBuilder().add("origin", "reactive").build(), true, null), "invalid");
    }

    @Test
    void markupIsKeptAsPlainText() {
        JsonObject frame = Json.createObjectBuilder().add("text", "<script>alert(1)</script>").build();
        assertThat(Frames.text(frame, "text", 2000, null)).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void clientIdsHaveAFixedAlphabet() {
        assertThat(Frames.clientId(Json.createObjectBuilder().add("clientId", "abc-DEF_123").build())).isEqualTo("abc-DEF_123");
        refused(() -> Frames.clientId(Json.createObjectBuilder().add("clientId", "short").build()), "invalid");
        refused(() -> Frames.clientId(Json.createObjectBuilder().add("clientId", "has spaces in it").build()), "invalid");
        refused(() -> Frames.clientId(Json.createObjectBuilder().build()), "invalid");
    }

    @Test
    void emailIsCheckedAndOptionalOnlyWhereAllowed() {
        assertThat(Frames.email(Json.createObjectBuilder().add("email", "jan@example.nl").build(), true, null)).isEqualTo("jan@example.nl");
        assertThat(Frames.email(Json.createObjectBuilder().build(), false, null)).isNull();
        refused(() -> Frames.email(Json.createObjectBuilder().build(), true, null), "invalid");
        refused(() -> Frames.email(Json.createObjectBuilder().add("email", "jan@").build(), false, null), "invalid");
        refused(() -> Frames.email(Json.createObjectBuilder().add("email", "<a>@b.nl").build(), false, null), "invalid");
    }

    @Test
    void namesAreOneLine() {
        refused(() -> Frames.name(Json.createObjectBuilder().add("name", "Jan\nJansen").build(), null), "invalid");
        assertThat(Frames.name(Json.createObjectBuilder().add("name", " Jan ").build(), null)).isEqualTo("Jan");
    }

    @Test
    void sequenceNumbersAreWholeAndNotNegative() {
        assertThat(Frames.nonNegative(Json.createObjectBuilder().build(), "lastSeq")).isZero();
        assertThat(Frames.nonNegative(Json.createObjectBuilder().add("lastSeq", 7).build(), "lastSeq")).isEqualTo(7);
        refused(() -> Frames.nonNegative(Json.createObjectBuilder().add("lastSeq", -1).build(), "lastSeq"), "invalid");
        refused(() -> Frames.nonNegative(Json.createObjectBuilder().add("lastSeq", 1.5).build(), "lastSeq"), "invalid");
        refused(() -> Frames.nonNegative(Json.createObjectBuilder().add("lastSeq", "3").build(), "lastSeq"), "invalid");
        refused(() -> Frames.nonNegative(frame("{\"type\":\"hello\",\"lastSeq\":2147483648}"), "lastSeq"), "invalid");
        refused(() -> Frames.nonNegative(frame("{\"type\":\"hello\",\"lastSeq\":1e20}"), "lastSeq"), "invalid");
        refused(() -> Frames.nonNegative(frame("{\"type\":\"hello\",\"lastSeq\":18446744073709551617}"), "lastSeq"), "invalid");
    }
}
