package latentlab.ui.plot;

/**
 * The points a scatter draws: their plot coordinates, classes, and which samples they stand for.
 *
 * @param xy plot coordinates, x,y interleaved
 * @param labels class of each plotted point
 * @param indices sample index of each plotted point, ascending
 */
record Plotted(float[] xy, int[] labels, int[] indices) {

    static final Plotted NONE = new Plotted(new float[0], new int[0], new int[0]);

    int size() {
        return labels.length;
    }

    /** Where plotted point {@code k} of the sample {@code sample} is, or -1 when it is not plotted. */
    int find(int sample) {
        int k = java.util.Arrays.binarySearch(indices, sample);
        return k < 0 ? -1 : k;
    }
}
