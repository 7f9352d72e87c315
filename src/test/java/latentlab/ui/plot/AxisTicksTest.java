package latentlab.ui.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AxisTicksTest {

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(0.5, AxisTicks.niceStep(0.3), 1e-12);
        assertEquals(0.1, AxisTicks.niceStep(0.07), 1e-12);
        assertEquals(1, AxisTicks.niceStep(1), 1e-12);
        assertEquals(2, AxisTicks.niceStep(1.1), 1e-12);
        assertEquals(5, AxisTicks.niceStep(2.5), 1e-12);
        assertEquals(10, AxisTicks.niceStep(7), 1e-12);
        assertEquals(2000, AxisTicks.niceStep(1234), 1e-9);
        assertEquals(0.002, AxisTicks.niceStep(0.0015), 1e-15);
    }

    @Test
    void aPriorSizedAxisIsTickedAtWholeNumbersWhereTheyFall() {
        // -2.3 .. 2.3 over 460 pixels, ticks at least 80 pixels apart: a step of 1.
        List<AxisTicks.Tick> ticks = AxisTicks.ticks(-2.3, 2.3, 0, 460, 80);
        assertEquals(List.of("-2", "-1", "0", "1", "2"), ticks.stream().map(AxisTicks.Tick::label).toList());
        assertEquals(230, ticks.get(2).screen(), 1e-9, "zero in the middle");
        assertEquals(230 + 100, ticks.get(3).screen(), 1e-9, "100 pixels per unit");
    }

    @Test
    void aVerticalAxisRunsUpTheScreen() {
        // Data 0 at the bottom (pixel 300), data 30 at the top (pixel 0), 90 pixels apart: a step of 10.
        List<AxisTicks.Tick> ticks = AxisTicks.ticks(0, 30, 300, 0, 90);
        assertEquals(List.of("0", "10", "20", "30"), ticks.stream().map(AxisTicks.Tick::label).toList());
        assertEquals(300, ticks.get(0).screen(), 1e-9);
        assertEquals(200, ticks.get(1).screen(), 1e-9);
    }

    @Test
    void labelsCarryTheDecimalsTheStepNeedsAndNoMinusZero() {
        List<AxisTicks.Tick> ticks = AxisTicks.ticks(-0.6, 0.6, 0, 240, 100);
        assertEquals(List.of("-0.5", "0.0", "0.5"), ticks.stream().map(AxisTicks.Tick::label).toList());
        assertEquals("0.002", AxisTicks.label(0.002, 0.001));
        assertEquals("0.0", AxisTicks.label(-1e-17, 0.1));
        assertEquals("0", AxisTicks.label(-1e-17, 1));
        assertEquals("-150", AxisTicks.label(-150, 50));
    }

    @Test
    void ticksAreNeverCloserThanAsked() {
        for (double span : new double[] {0.013, 0.9, 7.7, 55, 4321}) {
            List<AxisTicks.Tick> ticks = AxisTicks.ticks(-span / 3, span, 0, 517, 80);
            assertTrue(ticks.size() >= 2, "at least two ticks over " + span);
            for (int k = 1; k < ticks.size(); k++) {
                assertTrue(ticks.get(k).screen() - ticks.get(k - 1).screen() >= 80 - 1e-9, "spacing over " + span);
            }
        }
    }

    @Test
    void anAxisWithoutLengthHasNoTicksAndABadStepIsRefused() {
        assertTrue(AxisTicks.ticks(1, 1, 0, 100, 40).isEmpty());
        assertTrue(AxisTicks.ticks(0, 1, 5, 5, 40).isEmpty());
        var e = assertThrows(IllegalArgumentException.class, () -> AxisTicks.niceStep(0));
        assertTrue(e.getMessage().contains("positive"), e.getMessage());
    }
}
