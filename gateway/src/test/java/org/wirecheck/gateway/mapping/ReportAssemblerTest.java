package org.wirecheck.gateway.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.wirecheck.gateway.client.DedupApiModel.Containment;
import org.wirecheck.gateway.client.DedupApiModel.Duplicate;
import org.wirecheck.gateway.client.DedupApiModel.Swap;

class ReportAssemblerTest {

    private static final List<Swap> TWO_SWAPS = List.of(new Swap(10, 16, 12, 18, "stated", "said"),
            new Swap(40, 47, 42, 48, "hamlets", "villages"));

    private static Duplicate duplicate(String relation, boolean earlier, List<Swap> swaps) {
        return new Duplicate(UUID.randomUUID(), "https://wire.example/1", "Wire", "2024-03-04T09:00:00Z", relation,
                earlier, 0.9, new Containment(0.9, 0.9), List.of(), swaps);
    }

    @Test
    void aSpunCopyOfAnEarlierArticleAddsTheFlagOnce() {
        assertEquals(List.of("OPINION", "SPIN_ARTIFACTS"),
                ReportAssembler.flags(List.of("OPINION"), List.of(duplicate("PARAPHRASE", true, TWO_SWAPS))));
        assertEquals(List.of("SPIN_ARTIFACTS"),
                ReportAssembler.flags(List.of("SPIN_ARTIFACTS"), List.of(duplicate("PARAPHRASE", true, TWO_SWAPS))));
    }

    @Test
    void theOriginalOfASpunCopyAnEditedReprintOrASingleSwapAddNothing() {
        assertEquals(List.of(), ReportAssembler.flags(List.of(), List.of(duplicate("PARAPHRASE", false, TWO_SWAPS))));
        assertEquals(List.of(), ReportAssembler.flags(List.of(),
                List.of(duplicate("NEAR_DUPLICATE", true, TWO_SWAPS))));
        assertEquals(List.of(), ReportAssembler.flags(List.of(),
                List.of(duplicate("PARAPHRASE", true, TWO_SWAPS.subList(0, 1)))));
        assertEquals(List.of(), ReportAssembler.flags(List.of(), List.of(duplicate("PARAPHRASE", true, null))));
    }
}
