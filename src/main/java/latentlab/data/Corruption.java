package latentlab.data;

import java.util.Random;

/**
 * Noise applied on the fly to the inputs of a denoising model; the loss is taken against the
 * clean image.
 *
 * @param type which corruption
 * @param level its strength: the noise standard deviation for {@link Type#GAUSSIAN}, the fraction
 *     of pixels changed for {@link Type#SALT_AND_PEPPER} and {@link Type#MASKING}
 */
public record Corruption(Type type, double level) {

    public enum Type { NONE, GAUSSIAN, SALT_AND_PEPPER, MASKING }

    public static final Corruption NONE = new Corruption(Type.NONE, 0);

    public Corruption {
        if (type == null) {
            throw new IllegalArgumentException("corruption type is required");
        }
        if (!(level >= 0) || (type != Type.GAUSSIAN && level > 1)) {
            throw new IllegalArgumentException("corruption level must be in [0,1] (a standard deviation >= 0 for"
                    + " Gaussian noise), got " + level);
        }
    }

    public static Corruption gaussian(double sigma) {
        return new Corruption(Type.GAUSSIAN, sigma);
    }

    public static Corruption saltAndPepper(double fraction) {
        return new Corruption(Type.SALT_AND_PEPPER, fraction);
    }

    public static Corruption masking(double fraction) {
        return new Corruption(Type.MASKING, fraction);
    }

    /** A corrupted copy of {@code pixels} (values in [0,1]); the input is left untouched. */
    public float[] apply(float[] pixels, Random random) {
        float[] out = pixels.clone();
        applyInPlace(out, random);
        return out;
    }

    /** Corrupts {@code pixels} in place, keeping every value in [0,1]. */
    public void applyInPlace(float[] pixels, Random random) {
        switch (type) {
            case NONE -> { }
            case GAUSSIAN -> {
                for (int i = 0; i < pixels.length; i++) {
                    float v = (float) (pixels[i] + level * random.nextGaussian());
                    pixels[i] = Math.min(1f, Math.max(0f, v));
                }
            }
            case SALT_AND_PEPPER -> {
                for (int i = 0; i < pixels.length; i++) {
                    if (random.nextDouble() < level) {
                        pixels[i] = random.nextBoolean() ? 1f : 0f;
                    }
                }
            }
            case MASKING -> {
                for (int i = 0; i < pixels.length; i++) {
                    if (random.nextDouble() < level) {
                        pixels[i] = 0f;
                    }
                }
            }
        }
    }
}
