package nl.shopfloor.knowledge.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.shopfloor.knowledge.entity.ArticleDraft;

/**
 * The rows of an import file (K2): CSV with the header {@code language,title,body,url,ref} (any order, RFC 4180
 * quoting, comma or semicolon), or JSON: a list of objects with those fields, or {@code {"articles": [...]}}. Rows are
 * numbered from 1 as the shop sees them (a CSV's header is not a row). A file that cannot be read at all is refused
 * whole ({@link ArticleRefused}); a bad row is one {@link Row} with its problem.
 */
public final class ArticleRows {

    public static final int MAX_ROWS = 2_000;
    /** 2,000 rows of a few kilobytes: a file of the most rows an import takes, with room to spare. */
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
    static final List<String> COLUMNS = List.of("language", "title", "body", "url", "ref");

    /** One row: its draft, or why it cannot be one. */
    public record Row(int number, ArticleDraft draft, String problem) {
    }

    private ArticleRows() {
    }

    /** A file's rows: JSON when it starts like JSON, else CSV. */
    public static List<Row> of(String text) {
        String stripped = text.strip();
        return stripped.startsWith("[") || stripped.startsWith("{") ? json(stripped) : csv(stripped);
    }

    /** An uploaded file's text: UTF-8, without the byte order mark spreadsheets write in front. */
    public static String text(byte[] file) {
        if (file.length > MAX_FILE_BYTES) {
            throw new ArticleRefused("The file may be at most " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ArticleRefused("The file must be UTF-8 text (from a spreadsheet: save it as CSV UTF-8)");
        }
    }

    public static List<Row> json(String text) {
        JsonValue root;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            root = reader.read();
        } catch (JsonException e) {
            throw new ArticleRefused("The file is not valid JSON");
        }
        return json(root);
    }

    public static List<Row> json(JsonValue root) {
        JsonValue list = root instanceof JsonObject object ? object.get("articles") : root;
        if (!(list instanceof JsonArray array)) {
            throw new ArticleRefused("Send a list of articles, or {\"articles\": [...]}");
        }
        bounded(array.size());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject item)) {
                rows.add(new Row(i + 1, null, "each article must be an object"));
                continue;
            }
            String[] values = new String[COLUMNS.size()];
            String wrongType = null;
            for (int c = 0; c < values.length; c++) {
                JsonValue value = item.get(COLUMNS.get(c));
                if (value instanceof JsonString string) {
                    values[c] = string.getString();
                } else if (value != null && value != JsonValue.NULL) {
                    wrongType = "'" + COLUMNS.get(c) + "' must be a string";
                }
            }
            rows.add(wrongType != null ? new Row(i + 1, null, wrongType) : row(i + 1, values));
        }
        return rows;
    }

    public static List<Row> csv(String text) {
        List<List<String>> records = records(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (records.isEmpty()) {
            throw new ArticleRefused("The file is empty");
        }
        List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int[] at = new int[COLUMNS.size()];
        for (int c = 0; c < at.length; c++) {
            at[c] = header.indexOf(COLUMNS.get(c));
        }
        if (at[0] < 0 || at[1] < 0 || at[2] < 0) {
            throw new ArticleRefused("The first line must name the columns: language,title,body and optionally url,ref");
        }
        bounded(records.size() - 1);
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> record = records.get(r);
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue; // an empty line, e.g. at the end
            }
            if (record.size() > header.size()) {
                rows.add(new Row(r, null, "more fields than the header names"));
                continue;
            }
            String[] values = new String[at.length];
            for (int c = 0; c < at.length; c++) {
                values[c] = at[c] >= 0 && at[c] < record.size() ? record.get(at[c]) : null;
            }
            rows.add(row(r, values));
        }
        return rows;
    }

    private static Row row(int number, String[] values) {
        ArticleDraft draft = ArticleDraft.of(values[0], values[1], values[2], values[3], values[4]);
        String problem = draft.problem().orElse(draft.importKey() == null
                ? "give a 'ref' or a 'url', so that importing the file again updates the article" : null);
        return problem != null ? new Row(number, null, problem) : new Row(number, draft, null);
    }

    private static void bounded(int rows) {
        if (rows > MAX_ROWS) {
            throw new ArticleRefused("At most " + MAX_ROWS + " articles per import; this file has " + rows);
        }
    }

    /** RFC 4180 records; the separator is the header line's first comma or semicolon. */
    static List<List<String>> records(String text) {
        int firstLine = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        char separator = text.substring(0, firstLine).indexOf(';') >= 0 && text.substring(0, firstLine).indexOf(',') < 0 ? ';' : ',';
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new ArticleRefused("A quoted field is not closed");
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
