package latentlab.data;

/**
 * Whether a data source can be loaded now, and if not, what makes it so.
 *
 * @param usable true when the source can be loaded
 * @param detail for a usable source, where it is; otherwise why not and how to fix it
 */
public record Availability(boolean usable, String detail) {
    public static Availability usable(String where) {
        return new Availability(true, where);
    }

    public static Availability unavailable(String whyAndFix) {
        return new Availability(false, whyAndFix);
    }
}
