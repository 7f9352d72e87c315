package latentlab.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MnistPreprocessorTest {

    /** A dark "L" (tall stroke and a foot) on a light background, off-centre in a w x h picture. */
    private static int[] darkLOnLight(int w, int h, int x0, int y0, int tall, int wide, int stroke) {
        int[] argb = new int[w * h];
        java.util.Arrays.fill(argb, 0xFFF4F0E8);
        for (int y = y0; y < y0 + tall; y++) {
            for (int x = x0; x < x0 + wide; x++) {
                boolean ink = x < x0 + stroke || y >= y0 + tall - stroke;
                if (ink) {
                    argb[y * w + x] = 0xFF1A2040;
                }
            }
        }
        return argb;
    }

    private static int[] box(float[] img) {
        int x0 = 28;
        int y0 = 28;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                if (img[y * 28 + x] > 0.1f) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return new int[] {x0, y0, x1 + 1, y1 + 1};
    }

    private static double[] centreOfMass(float[] img) {
        double m = 0;
        double mx = 0;
        double my = 0;
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                m += img[y * 28 + x];
                mx += img[y * 28 + x] * (x + 0.5);
                my += img[y * 28 + x] * (y + 0.5);
            }
        }
        return new double[] {mx / m, my / m};
    }

    @Test
    void aLargeOffCentreDarkDigitBecomesAnMnistDigit() {
        int[] argb = darkLOnLight(400, 300, 20, 30, 240, 120, 30);
        float[] img = MnistPreprocessor.fromArgb(argb, 400, 300);
        assertEquals(784, img.length);
        int[] b = box(img);
        assertEquals(20, b[3] - b[1], "the tall side fills the 20-pixel box");
        assertEquals(10, b[2] - b[0], 1, "aspect 2:1 is kept");
        double[] com = centreOfMass(img);
        assertEquals(14, com[0], 1, "centre of mass x");
        assertEquals(14, com[1], 1, "centre of mass y");
        assertEquals(0, img[0], 1e-6, "light background became black");
        float max = 0;
        for (float v : img) {
            max = Math.max(max, v);
        }
        assertEquals(1, max, 0.05, "ink is bright");
    }

    @Test
    void aTinyBrightDigitOnBlackIsScaledUpAndCentred() {
        int w = 9;
        int[] argb = new int[w * w];
        java.util.Arrays.fill(argb, 0xFF000000);
        for (int y = 1; y < 5; y++) {
            argb[y * w + 1] = 0xFFFFFFFF;
            argb[y * w + 2] = 0xFFFFFFFF;
        }
        float[] img = MnistPreprocessor.fromArgb(argb, w, w);
        int[] b = box(img);
        assertTrue(b[3] - b[1] <= 20 && b[2] - b[0] <= 20, "fits 20x20");
        assertEquals(20, b[3] - b[1]);
        double[] com = centreOfMass(img);
        assertEquals(14, com[0], 1);
        assertEquals(14, com[1], 1);
    }

    @Test
    void transparentPicturesUseOpacityAsInk() {
        int[] argb = new int[50 * 50];
        for (int y = 10; y < 40; y++) {
            argb[y * 50 + 25] = 0xFFFFFFFF;
            argb[y * 50 + 26] = 0xFFFFFFFF;
        }
        float[] img = MnistPreprocessor.fromArgb(argb, 50, 50);
        assertEquals(20, box(img)[3] - box(img)[1]);
    }

    @Test
    void anEmptyPictureGivesAnEmptyImage() {
        int[] argb = new int[30 * 30];
        java.util.Arrays.fill(argb, 0xFFFFFFFF);
        for (float v : MnistPreprocessor.fromArgb(argb, 30, 30)) {
            assertEquals(0, v);
        }
    }
}
