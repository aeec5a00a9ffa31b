package nl.shopfloor.demo.control;

import java.util.List;
import java.util.function.Supplier;
import nl.shopfloor.answers.entity.AnswerDraft;
import nl.shopfloor.answers.entity.CannedAnswer;

/** The demo shop's canned answers: a few of the shop's in Dutch and English, and one of Sanne's own (answers A1). */
final class DemoAnswers {

    private DemoAnswers() {
    }

    static List<CannedAnswer> answers(Supplier<String> ids) {
        return List.of(
                shops(ids, "nl", "groet", "Begroeting", "Hoi {klant}, ik ben {medewerker} van Demo ICT. Waarmee kan ik je helpen?"),
                shops(ids, "en", "hello", "Greeting", "Hi {shopper}, I'm {agent} from Demo ICT. How can I help?"),
                shops(ids, "nl", "status", "Status van een bestelling", "Ik kijk het even na, {klant}: je bestelling {bestelling} is"
                        + " onderweg en komt binnen twee werkdagen aan."),
                shops(ids, "en", "status", "Order status", "Let me check, {shopper}: your order {order} is on its way and arrives"
                        + " within two working days."),
                shops(ids, "nl", "retour", "Retourneren", "Je kunt {artikel} binnen 30 dagen gratis retourneren via demo-ict.example/retour."),
                shops(ids, "en", "returns", "Returns", "You can return {product} free of charge within 30 days at demo-ict.example/returns."),
                new CannedAnswer(ids.get(), DemoData.SHOP, "sanne", new AnswerDraft("nl", "doei", "Afsluiten",
                        "Fijne dag nog, {klant}! Groetjes, Sanne")));
    }

    private static CannedAnswer shops(Supplier<String> ids, String language, String shortcut, String title, String text) {
        return new CannedAnswer(ids.get(), DemoData.SHOP, null, new AnswerDraft(language, shortcut, title, text));
    }
}
