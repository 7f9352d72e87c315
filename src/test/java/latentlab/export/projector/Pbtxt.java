package latentlab.export.projector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reader of protocol-buffer text as the Projector's configuration uses it: {@code key: value}
 * fields (quoted strings or bare numbers) and {@code key { ... }} messages. A field seen twice
 * keeps both values in order.
 */
public final class Pbtxt {
    private final String text;
    private int at;

    private Pbtxt(String text) {
        this.text = text;
    }

    /** The message as a map from field name to its values: Strings, or maps for nested messages. */
    public static Map<String, List<Object>> parse(String text) {
        Pbtxt p = new Pbtxt(text);
        Map<String, List<Object>> m = p.message();
        p.skipSpace();
        if (p.at != text.length()) {
            throw new IllegalArgumentException("unexpected '" + text.charAt(p.at) + "' at " + p.at);
        }
        return m;
    }

    /** The first {@code key} message inside {@code message}. */
    @SuppressWarnings("unchecked")
    public static Map<String, List<Object>> first(Map<String, List<Object>> message, String key) {
        List<Object> values = message.get(key);
        if (values == null || !(values.get(0) instanceof Map)) {
            throw new IllegalArgumentException("no message '" + key + "' in " + message.keySet());
        }
        return (Map<String, List<Object>>) values.get(0);
    }

    private Map<String, List<Object>> message() {
        Map<String, List<Object>> fields = new LinkedHashMap<>();
        while (true) {
            skipSpace();
            if (at == text.length() || text.charAt(at) == '}') {
                return fields;
            }
            int start = at;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
                at++;
            }
            String key = text.substring(start, at);
            skipSpace();
            Object value;
            if (text.charAt(at) == '{') {
                at++;
                value = message();
                expect('}');
            } else {
                expect(':');
                skipSpace();
                value = text.charAt(at) == '"' ? quoted() : bare();
            }
            fields.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
    }

    private String quoted() {
        StringBuilder b = new StringBuilder();
        at++;
        while (text.charAt(at) != '"') {
            if (text.charAt(at) == '\\') {
                at++;
            }
            b.append(text.charAt(at++));
        }
        at++;
        return b.toString();
    }

    private String bare() {
        int start = at;
        while (at < text.length() && !Character.isWhitespace(text.charAt(at)) && text.charAt(at) != '}') {
            at++;
        }
        return text.substring(start, at);
    }

    private void expect(char c) {
        if (at >= text.length() || text.charAt(at) != c) {
            throw new IllegalArgumentException("expected '" + c + "' at " + at);
        }
        at++;
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}
