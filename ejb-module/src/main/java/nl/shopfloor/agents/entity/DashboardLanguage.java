package nl.shopfloor.agents.entity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the dashboard speaks; an agent picks one, or follows their browser. English when nothing fits. */
public enum DashboardLanguage {
    EN, NL;

    public Locale locale() {
        return Locale.forLanguageTag(tag());
    }

    /** "en" or "nl": the tag the pages, the html lang attribute and the bundles use. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DashboardLanguage> ofTag(String tag) {
        for (DashboardLanguage language : values()) {
            if (language.tag().equals(tag)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The first of the browser's languages (best first) that the dashboard speaks; "nl-BE" is Dutch. */
    public static DashboardLanguage best(List<Locale> browser) {
        return browser.stream().map(locale -> ofTag(locale.getLanguage())).flatMap(Optional::stream).findFirst().orElse(EN);
    }
}
