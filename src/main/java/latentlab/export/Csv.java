package latentlab.export;

/** RFC 4180 text, shared by the CSV writers: a field is quoted only when it must be; lines end in CRLF. */
final class Csv {
    static final String EOL = "\r\n";

    private Csv() {
    }

    /** {@code text} as one field: quoted, with its quotes doubled, when it holds a comma, a quote or a line break. */
    static String field(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
