package latentlab.latent;

import java.util.Arrays;

/** Which points of a 2D embedding lie inside a box or a lasso polygon. */
public final class Selection {

    private Selection() {
    }

    /** Indices of points (xy interleaved) inside the box spanned by two corners, edges included. */
    public static int[] inBox(float[] xy, double x0, double y0, double x1, double y1) {
        double lx = Math.min(x0, x1);
        double hx = Math.max(x0, x1);
        double ly = Math.min(y0, y1);
        double hy = Math.max(y0, y1);
        int n = xy.length / 2;
        int[] out = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            float x = xy[2 * i];
            float y = xy[2 * i + 1];
            if (x >= lx && x <= hx && y >= ly && y <= hy) {
                out[k++] = i;
            }
        }
        return Arrays.copyOf(out, k);
    }

    /** Indices of points inside the closed polygon (even-odd rule), vertices interleaved x,y. */
    public static int[] inLasso(float[] xy, double[] polygon) {
        int v = polygon.length / 2;
        if (v < 3) {
            return new int[0];
        }
        double lx = Double.POSITIVE_INFINITY;
        double hx = Double.NEGATIVE_INFINITY;
        double ly = Double.POSITIVE_INFINITY;
        double hy = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < v; k++) {
            lx = Math.min(lx, polygon[2 * k]);
            hx = Math.max(hx, polygon[2 * k]);
            ly = Math.min(ly, polygon[2 * k + 1]);
            hy = Math.max(hy, polygon[2 * k + 1]);
        }
        int n = xy.length / 2;
        int[] out = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            double x = xy[2 * i];
            double y = xy[2 * i + 1];
            if (x >= lx && x <= hx && y >= ly && y <= hy && contains(polygon, v, x, y)) {
                out[count++] = i;
            }
        }
        return Arrays.copyOf(out, count);
    }

    static boolean contains(double[] p, int v, double x, double y) {
        boolean inside = false;
        for (int a = 0, b = v - 1; a < v; b = a++) {
            double ax = p[2 * a];
            double ay = p[2 * a + 1];
            double bx = p[2 * b];
            double by = p[2 * b + 1];
            if ((ay > y) != (by > y) && x < (bx - ax) * (y - ay) / (by - ay) + ax) {
                inside = !inside;
            }
        }
        return inside;
    }
}
