package nl.shopfloor.demo.control;

import java.util.List;
import nl.shopfloor.knowledge.entity.ArticleDraft;

/** The demo ICT shop's FAQ (knowledge K1), in Dutch and English; half link to the shop's site, half Shopfloor serves. */
final class DemoArticles {

    private static final String SITE = "https://demo-ict.example/";

    private DemoArticles() {
    }

    static List<ArticleDraft> all() {
        return List.of(
                nl("Retourneren binnen 30 dagen", "Niet tevreden? Je kunt je bestelling binnen 30 dagen na ontvangst retourneren. "
                        + "Meld de retour aan via Mijn account, pak het product in de originele verpakking in en lever het pakket af bij "
                        + "een PostNL-punt. Het aankoopbedrag staat binnen 5 werkdagen na ontvangst weer op je rekening.", SITE + "klantenservice/retourneren"),
                en("Returns within 30 days", "Not happy? You can return your order within 30 days of receiving it. Register the "
                        + "return in My account, pack the product in its original packaging and drop the parcel at a PostNL point. "
                        + "We refund you within 5 working days after we receive it.", SITE + "en/service/returns"),
                nl("Levertijd en verzending", "Op werkdagen voor 22:00 besteld is morgen in huis. Verzending is gratis vanaf 50 euro; "
                        + "daaronder betaal je 4,95. Je krijgt een track-and-trace-code per e-mail zodra het pakket onderweg is.", SITE + "klantenservice/levertijd"),
                en("Delivery time and shipping", "Ordered before 22:00 on a working day, delivered tomorrow. Shipping is free from "
                        + "50 euros; below that it costs 4.95. You get a track and trace code by e-mail as soon as the parcel ships.", SITE + "en/service/delivery"),
                nl("Garantie en reparatie", "Op alle producten zit minimaal 2 jaar garantie. Is je laptop of telefoon defect? Meld het "
                        + "via Mijn account; we halen het apparaat gratis op en je hebt het binnen 10 werkdagen gerepareerd terug.", null),
                en("Warranty and repairs", "Every product comes with at least 2 years of warranty. Is your laptop or phone broken? "
                        + "Report it in My account; we collect the device for free and return it repaired within 10 working days.", null),
                nl("Factuur downloaden", "Je factuur staat als pdf in Mijn account onder Bestellingen. Heb je een factuur op een "
                        + "ander adres of bedrijfsnaam nodig? Pas je gegevens aan voordat je bestelt, of vraag ons om een creditfactuur.", null),
                en("Downloading your invoice", "Your invoice is a PDF in My account under Orders. Need an invoice for another address "
                        + "or company name? Change your details before you order, or ask us for a credit note.", null),
                nl("Zakelijk bestellen en btw", "Bestel je als bedrijf? Vul je KvK- en btw-nummer in bij je account: je ziet dan prijzen "
                        + "exclusief btw en je kunt op rekening betalen. Binnen de EU verleggen we de btw bij een geldig btw-nummer.", SITE + "zakelijk"),
                en("Business orders and VAT", "Ordering for a business? Enter your chamber of commerce and VAT numbers in your "
                        + "account: you see prices excluding VAT and can pay by invoice. Within the EU we reverse-charge VAT for a valid VAT number.", SITE + "en/business"),
                nl("Betalen met iDEAL, creditcard of achteraf", "Je betaalt met iDEAL, creditcard, PayPal of achteraf met Klarna. "
                        + "Zakelijke klanten kunnen ook op rekening betalen, binnen 30 dagen.", null),
                en("Paying by card, PayPal or later", "You pay with iDEAL, credit card, PayPal or later with Klarna. Business customers "
                        + "can also pay by invoice within 30 days.", null));
    }

    private static ArticleDraft nl(String title, String body, String url) {
        return new ArticleDraft("nl", title, body, url, null);
    }

    private static ArticleDraft en(String title, String body, String url) {
        return new ArticleDraft("en", title, body, url, null);
    }
}
