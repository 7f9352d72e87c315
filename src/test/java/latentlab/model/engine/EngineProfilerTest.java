package latentlab.model.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EngineProfilerTest {

    @Test
    void opsNestByTimeAndKeepTheirShapesAndMemory() {
        // As PyTorch writes it: an op lists after the ops it called, which start later.
        String trace = """
                [
                {"name": "aten::empty", "ph": "X", "ts": 10.5, "dur": 1.0, "shape": [[], []], "cpu mem": "1.50 Kb"},
                {"name": "aten::addmm", "ph": "X", "ts": 10.0, "dur": 50.0, "shape": [[400], [128, 784]], "cpu mem": "200.00 Kb"},
                {"name": "aten::mm", "ph": "X", "ts": 20.0, "dur": 30.0, "shape": [], "cpu mem": "0 b"},
                {"name": "aten::relu", "ph": "X", "ts": 70.0, "dur": 5.0, "cpu mem": "-1.20 Mb"},
                {"name": "counter", "ph": "C", "ts": 80.0}
                ]
                """;
        List<EngineProfiler.Op> ops = EngineProfiler.parse(trace);
        assertEquals(List.of("aten::addmm", "aten::empty", "aten::mm", "aten::relu"),
                ops.stream().map(EngineProfiler.Op::name).toList());
        assertEquals(List.of(0, 1, 1, 0), ops.stream().map(EngineProfiler.Op::depth).toList());
        assertEquals("[[400],[128,784]]", ops.get(0).shapes());
        assertEquals(200 * 1024, ops.get(0).allocatedBytes());
        assertEquals(1536, ops.get(1).allocatedBytes());
        assertEquals(-Math.round(1.2 * 1024 * 1024), ops.get(3).allocatedBytes());
        assertEquals(60.0, ops.get(0).endMicros());
    }
}
