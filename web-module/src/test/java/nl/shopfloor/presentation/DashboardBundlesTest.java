package nl.shopfloor.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dashboard speaks English and Dutch whole (agents A8): both bundles have the same keys, none empty, with the same
 * placeholders; every key the pages ({@code #{msg['…']}}, the bundle's var in faces-config) and the Faces beans
 * ({@code Texts}) name literally exists.
 */
class DashboardBundlesTest {

    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([^']+)'\\]");
    private static final Pattern JAVA_KEY = Pattern.compile("Texts\\.(?:of|format|say)\\((?:FacesMessage\\.SEVERITY_\\w+,\\s*)?\"([a-z][\\w.]*)\"\\s*[,)]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @Test
    void englishAndDutchHaveTheSameKeysAndNoneIsEmpty() throws IOException {
        Properties english = load("dashboard.properties");
        Properties dutch = load("dashboard_nl.properties");
        assertThat(dutch.stringPropertyNames()).as("A8 keys only in English: translate them")
                .containsAll(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).as("A8 keys only in Dutch").containsAll(dutch.stringPropertyNames());
        assertThat(empty(english)).as("A8 empty English texts").isEmpty();
        assertThat(empty(dutch)).as("A8 empty Dutch texts").isEmpty();
        assertThat(load("dashboard_en.properties")).as("English lives in dashboard.properties").isEmpty();
    }

    @Test
    void bothLanguagesFillTheSamePlaceholders() throws IOException {
        Properties english = load("dashboard.properties");
        Properties dutch = load("dashboard_nl.properties");
        Map<String, String> different = new TreeMap<>();
        english.stringPropertyNames().stream().filter(dutch::containsKey)
                .filter(key -> !placeholders(english.getProperty(key)).equals(placeholders(dutch.getProperty(key))))
                .forEach(key -> different.put(key, english.getProperty(key) + " | " + dutch.getProperty(key)));
        assertThat(different).as("A8 a translation leaves out or adds a {n}").isEmpty();
    }

    @Test
    void everyKeyThePagesAndBeansNameExists() throws IOException {
        Properties english = load("dashboard.properties");
        Set<String> named = new TreeSet<>();
        named.addAll(keys(WEBAPP, ".xhtml", PAGE_KEY));
        named.addAll(keys(JAVA, ".java", JAVA_KEY));
        assertThat(named).as("the scan finds the pages' keys").contains("app.name", "language.switch", "chats.title");
        assertThat(named.stream().filter(key -> !english.containsKey(key)).toList()).as("A8 keys missing from the bundles").isEmpty();
    }

    @Test
    void facesOwnMessagesHaveADutchTextForEveryCommonCheck() throws IOException {
        assertThat(load("faces_nl.properties").stringPropertyNames()).as("A8").contains(
                "jakarta.faces.component.UIInput.REQUIRED", "jakarta.faces.component.UIInput.CONVERSION",
                "jakarta.faces.converter.IntegerConverter.INTEGER", "jakarta.faces.validator.LengthValidator.MAXIMUM",
                "jakarta.faces.validator.LongRangeValidator.NOT_IN_RANGE");
        assertThat(load("faces.properties")).isEmpty();
        assertThat(load("faces_en.properties")).isEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(I18N.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> empty(Properties texts) {
        return texts.stringPropertyNames().stream().filter(key -> texts.getProperty(key).isBlank()).collect(Collectors.toSet());
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Set<String> keys(Path root, String ending, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(ending)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }
}
