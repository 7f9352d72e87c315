package latentlab.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Replaces one generated section of a Markdown file, between two marker lines, keeping the rest. */
public final class BenchmarkFile {
    private BenchmarkFile() {
    }

    public static void replace(Path file, String begin, String end, String body) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        String section = begin + "\n" + body + "\n" + end;
        int a = text.indexOf(begin);
        int b = text.indexOf(end);
        String updated = a >= 0 && b > a ? text.substring(0, a) + section + text.substring(b + end.length())
                : text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + "\n" + section + "\n";
        Files.writeString(file, updated, StandardCharsets.UTF_8);
    }
}
