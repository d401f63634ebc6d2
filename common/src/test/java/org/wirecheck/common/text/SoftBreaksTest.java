package org.wirecheck.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class SoftBreaksTest {

    @Test
    void softHyphensAndZeroWidthSpacesGoNonJoinersAndDirectionMarksStay() {
        assertEquals("government of Kabul said", SoftBreaks.remove(
                "gov\u00ADern\u00ADment of Ka\u200Bbul s\u2060aid\uFEFF"));
        String persian = "می\u200Cشود \u200F2024\u200E";
        assertSame(persian, SoftBreaks.remove(persian));
        assertNull(SoftBreaks.remove(null));
    }
}
