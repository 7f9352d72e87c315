package latentlab.cli;

import java.util.ArrayList;
import java.util.List;

/** A comma-separated list of positive whole numbers given on the command line, such as {@code 2,4,8}. */
final class NumberList {
    private NumberList() {
    }

    /**
     * The numbers of {@code text}, sorted.
     *
     * @param what what one number is, for the message, e.g. "code size"
     * @param example a valid list, for the message
     * @throws BadInputException naming the first entry that is not a positive whole number, or one given twice
     */
    static List<Integer> parse(String text, String what, String example) throws BadInputException {
        List<Integer> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String s = part.strip();
            int v;
            try {
                v = Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw new BadInputException(what + " '" + s + "' is not a whole number (e.g. " + example + ")");
            }
            if (v < 1) {
                throw new BadInputException(what + " must be at least 1, got " + v);
            }
            if (out.contains(v)) {
                throw new BadInputException(what + " " + v + " is given twice");
            }
            out.add(v);
        }
        out.sort(null);
        return out;
    }
}
