package org.ntksim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ntksim.kernel.LinuxCommandRenderer;
import org.ntksim.model.FifoDeliveryQueue;

/** ETPs carried as engine events give exactly the commands of the plain FIFO reference queue. */
class DeliveryQueueEquivalenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"poc/eventi2.scn", "poc/eventi3-5.scn", "poc/eventi8-10.scn", "derived/migr02-gnode-migration.scn"})
    void engineDeliveriesEqualFifoDeliveries(final String scenario) throws Exception {
        final Path file = Path.of("..", "scenarios").resolve(scenario);
        final Scenario s = ScenarioParser.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        final LinuxCommandRenderer r = new LinuxCommandRenderer();
        assertEquals(Replay.run(s, FifoDeliveryQueue::new).render(r, null), Replay.run(s).render(r, null));
    }
}
