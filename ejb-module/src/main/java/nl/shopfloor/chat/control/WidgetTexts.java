package nl.shopfloor.chat.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** The widget's texts from the resource bundles i18n/widget[_nl].properties, per language. */
@ApplicationScoped
public class WidgetTexts {

    private final Map<String, Map<String, String>> byLanguage = new ConcurrentHashMap<>();

    public Map<String, String> of(String language) {
        return byLanguage.computeIfAbsent(language, WidgetTexts::load);
    }

    public String text(String language, String key) {
        return of(language).getOrDefault(key, key);
    }

    private static Map<String, String> load(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.widget", Locale.forLanguageTag(language),
                WidgetTexts.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> texts = new TreeMap<>();
        bundle.keySet().forEach(key -> texts.put(key, bundle.getString(key)));
        return Collections.unmodifiableMap(texts);
    }
}
