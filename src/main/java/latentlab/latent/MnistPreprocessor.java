package latentlab.latent;

/**
 * Turns any picture of a digit into a 28x28 MNIST-like image, the way MNIST itself was made:
 * ink bright on a black background, the digit's bounding box scaled to fit 20x20 with its aspect
 * kept (area-averaged, hence anti-aliased), then placed so its centre of mass is the field's centre.
 */
public final class MnistPreprocessor {

    public static final int SIDE = 28;
    public static final int BOX = 20;
    /** Ink below this fraction of the darkest-to-brightest span counts as background. */
    private static final float INK_THRESHOLD = 0.1f;

    private MnistPreprocessor() {
    }

    /** Preprocesses ARGB pixels (row-major, {@code width x height}) of any colours and size. */
    public static float[] fromArgb(int[] argb, int width, int height) {
        return fromInk(toInk(argb, width, height), width, height);
    }

    /**
     * Ink in [0,1] of each pixel. With transparency, ink is opacity; otherwise it is brightness,
     * inverted when the border (the background) is light, then stretched so the background is 0.
     */
    static float[] toInk(int[] argb, int width, int height) {
        if (argb.length != width * height) {
            throw new IllegalArgumentException(argb.length + " pixels for a " + width + "x" + height + " image");
        }
        float[] ink = new float[argb.length];
        boolean transparent = false;
        for (int p : argb) {
            transparent |= (p >>> 24) < 250;
        }
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            if (transparent) {
                ink[i] = (p >>> 24) / 255f;
            } else {
                ink[i] = (0.299f * ((p >> 16) & 0xff) + 0.587f * ((p >> 8) & 0xff) + 0.114f * (p & 0xff)) / 255f;
            }
        }
        float background = borderMean(ink, width, height);
        if (!transparent && background > 0.5f) {
            for (int i = 0; i < ink.length; i++) {
                ink[i] = 1 - ink[i];
            }
            background = 1 - background;
        }
        float max = 0;
        for (float v : ink) {
            max = Math.max(max, v);
        }
        float span = max - background;
        for (int i = 0; i < ink.length; i++) {
            ink[i] = span <= 1e-6f ? 0 : Math.max(0, Math.min(1, (ink[i] - background) / span));
        }
        return ink;
    }

    /** Preprocesses ink already bright on black (e.g. drawn on the pad). All zeros if nothing is drawn. */
    public static float[] fromInk(float[] ink, int width, int height) {
        int[] box = boundingBox(ink, width, height);
        float[] out = new float[SIDE * SIDE];
        if (box == null) {
            return out;
        }
        int bw = box[2] - box[0];
        int bh = box[3] - box[1];
        double scale = (double) BOX / Math.max(bw, bh);
        int tw = Math.max(1, Math.min(BOX, (int) Math.round(bw * scale)));
        int th = Math.max(1, Math.min(BOX, (int) Math.round(bh * scale)));
        float[] patch = resampleArea(ink, width, box, tw, th);
        double mass = 0;
        double mx = 0;
        double my = 0;
        for (int y = 0; y < th; y++) {
            for (int x = 0; x < tw; x++) {
                double v = patch[y * tw + x];
                mass += v;
                mx += v * (x + 0.5);
                my += v * (y + 0.5);
            }
        }
        int ox = clamp((int) Math.round(SIDE / 2.0 - mx / mass), SIDE - tw);
        int oy = clamp((int) Math.round(SIDE / 2.0 - my / mass), SIDE - th);
        for (int y = 0; y < th; y++) {
            System.arraycopy(patch, y * tw, out, (oy + y) * SIDE + ox, tw);
        }
        return out;
    }

    private static int clamp(int v, int hi) {
        return Math.max(0, Math.min(hi, v));
    }

    /** [x0, y0, x1, y1) of the ink above the threshold, or null when there is none. */
    static int[] boundingBox(float[] ink, int width, int height) {
        int x0 = width;
        int y0 = height;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (ink[y * width + x] > INK_THRESHOLD) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return x1 < 0 ? null : new int[] {x0, y0, x1 + 1, y1 + 1};
    }

    /** The box of {@code src} resampled to tw x th, each target pixel the mean of the area it covers. */
    private static float[] resampleArea(float[] src, int width, int[] box, int tw, int th) {
        double sx = (double) (box[2] - box[0]) / tw;
        double sy = (double) (box[3] - box[1]) / th;
        float[] out = new float[tw * th];
        for (int ty = 0; ty < th; ty++) {
            double fy0 = box[1] + ty * sy;
            double fy1 = fy0 + sy;
            for (int tx = 0; tx < tw; tx++) {
                double fx0 = box[0] + tx * sx;
                double fx1 = fx0 + sx;
                double sum = 0;
                for (int y = (int) fy0; y < Math.ceil(fy1); y++) {
                    double wy = Math.min(fy1, y + 1) - Math.max(fy0, y);
                    for (int x = (int) fx0; x < Math.ceil(fx1); x++) {
                        double wx = Math.min(fx1, x + 1) - Math.max(fx0, x);
                        sum += wx * wy * src[y * width + x];
                    }
                }
                out[ty * tw + tx] = (float) Math.min(1, sum / (sx * sy));
            }
        }
        return out;
    }

    private static float borderMean(float[] v, int width, int height) {
        double sum = 0;
        int count = 0;
        for (int x = 0; x < width; x++) {
            sum += v[x] + v[(height - 1) * width + x];
            count += 2;
        }
        for (int y = 1; y < height - 1; y++) {
            sum += v[y * width] + v[y * width + width - 1];
            count += 2;
        }
        return (float) (sum / count);
    }
}
