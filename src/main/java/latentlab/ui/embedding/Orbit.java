package latentlab.ui.embedding;

/**
 * The camera of the 3D embedding: yaw and pitch about the data's centre and a zoom. Points are
 * normalised to a unit box first, so one drag distance turns every data set by the same angle.
 */
public final class Orbit {

    private static final double START_YAW = Math.toRadians(30);
    private static final double START_PITCH = Math.toRadians(20);

    private double yaw = START_YAW;
    private double pitch = START_PITCH;
    private double zoom = 1;

    public double yaw() {
        return yaw;
    }

    public double pitch() {
        return pitch;
    }

    public double zoom() {
        return zoom;
    }

    /** Turns by a mouse drag of (dx, dy) pixels. */
    public void rotate(double dx, double dy) {
        yaw += Math.toRadians(dx * 0.5);
        pitch = Math.max(-Math.PI / 2, Math.min(Math.PI / 2, pitch + Math.toRadians(dy * 0.5)));
    }

    /** Back to the first view: the whole unit box in frame, seen from the usual angle. */
    public void reset() {
        yaw = START_YAW;
        pitch = START_PITCH;
        zoom = 1;
    }

    public void zoomBy(double factor) {
        zoom = Math.max(0.1, Math.min(50, zoom * factor));
    }

    /**
     * Projects normalised points (x,y,z interleaved, roughly in [-1,1]) to screen: out receives
     * x, y and depth (larger is nearer) per point. Orthographic, so sizes do not lie about distances.
     */
    public void project(float[] xyz, double width, double height, float[] out) {
        double cy = Math.cos(yaw);
        double sy = Math.sin(yaw);
        double cp = Math.cos(pitch);
        double sp = Math.sin(pitch);
        double s = 0.42 * Math.min(width, height) * zoom;
        double ox = width / 2;
        double oy = height / 2;
        int n = xyz.length / 3;
        for (int i = 0; i < n; i++) {
            double x = xyz[3 * i];
            double y = xyz[3 * i + 1];
            double z = xyz[3 * i + 2];
            double x1 = cy * x + sy * z;
            double z1 = -sy * x + cy * z;
            double y2 = cp * y - sp * z1;
            double z2 = sp * y + cp * z1;
            out[3 * i] = (float) (ox + s * x1);
            out[3 * i + 1] = (float) (oy - s * y2);
            out[3 * i + 2] = (float) z2;
        }
    }

    /** Scales points into [-1,1] around their centre (the largest axis spans the box). */
    public static float[] normalise(float[] xyz) {
        int n = xyz.length / 3;
        double[] lo = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] hi = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 3; k++) {
                lo[k] = Math.min(lo[k], xyz[3 * i + k]);
                hi[k] = Math.max(hi[k], xyz[3 * i + k]);
            }
        }
        double span = 1e-9;
        for (int k = 0; k < 3; k++) {
            span = Math.max(span, hi[k] - lo[k]);
        }
        float[] out = new float[xyz.length];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 3; k++) {
                out[3 * i + k] = (float) ((xyz[3 * i + k] - (lo[k] + hi[k]) / 2) * 2 / span);
            }
        }
        return out;
    }
}
