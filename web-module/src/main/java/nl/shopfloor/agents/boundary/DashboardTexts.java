package nl.shopfloor.agents.boundary;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The dashboard's bundle (i18n/dashboard) for answers made outside Faces (the wall's texts, error pages), in the
 * request's language as {@link AgentLanguageFilter} set it. No fallback to the JVM's default locale: an English
 * agent on a Dutch server gets English.
 */
public final class DashboardTexts {

    private static final String BUNDLE = "i18n.dashboard";

    private DashboardTexts() {
    }

    public static ResourceBundle of(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Thread.currentThread().getContextClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
