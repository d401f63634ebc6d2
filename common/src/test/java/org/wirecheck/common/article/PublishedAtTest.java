package org.wirecheck.common.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wirecheck.common.problem.ProblemException;

class PublishedAtTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

    /** Nowruz (1 Farvardin) and other days whose Gregorian dates are on record, across leap years of both calendars. */
    @ParameterizedTest
    @CsvSource({"1399-01-01, 2020-03-20", "1400-01-01, 2021-03-21", "1403-01-01, 2024-03-20",
            "1402-12-29, 2024-03-19", "1403-08-12, 2024-11-02", "1403-06-31, 2024-09-21", "1403-07-01, 2024-09-22",
            "1375-01-01, 1996-03-20", "1404-01-01, 2025-03-21"})
    void solarHijriDatesAreTheirGregorianDays(String jalali, String gregorian) {
        String[] p = jalali.split("-");
        assertEquals(LocalDate.parse(gregorian),
                PublishedAt.solarHijri(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            // Gregorian, as before
            "2024-11-02, 2024-11-02T00:00:00Z", "2024-11-02T10:30:00+04:30, 2024-11-02T06:00:00Z",
            // Solar Hijri, in Latin or Persian digits, with dashes or slashes, with a time
            "1403-08-12, 2024-11-02T00:00:00Z", "۱۴۰۳/۰۸/۱۲, 2024-11-02T00:00:00Z", "1403/8/12, 2024-11-02T00:00:00Z",
            "1403-08-12T10:30:00+04:30, 2024-11-02T06:00:00Z",
            // lunar Hijri (Umm al-Qura): 1 Ramadan 1445 was 11 March 2024
            "1445-09-01, 2024-03-11T00:00:00Z", "١٤٤٥-٠٩-٠١, 2024-03-11T00:00:00Z",
            // implausible for a web page: no date
            "1403-13-01, -", "1403-08-32, -", "1410-01-01, -", "1200-05-01, -", "1990-05-01, -", "2027-01-01, -",
            "2026-11-30T11:00:00Z, 2026-11-30T11:00:00Z", "2026-12-01T00:00:00Z, -", "next Tuesday, -"})
    void aPagesDateIsReadInItsCalendarAndTakenOnlyIfPlausible(String page, String expected) {
        assertEquals(Optional.ofNullable(expected).map(Instant::parse), PublishedAt.fromPage(page, NOW));
    }

    /** What a caller states is read in the same forms, and refused only when unreadable or before 1800. */
    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"'', -", "'  ', -", "2024-11-02, 2024-11-02T00:00:00Z",
            "2024-11-02T10:30:00, 2024-11-02T10:30:00Z", "2024-11-02T10:30:00+04:30, 2024-11-02T06:00:00Z",
            "1800-01-01, 1800-01-01T00:00:00Z"})
    void aStatedDateIsReadAsGiven(String value, String expected) {
        assertEquals(Optional.ofNullable(expected).map(Instant::parse), PublishedAt.stated("publishedAt", value));
    }

    @ParameterizedTest
    @CsvSource({"yesterday, is not an ISO-8601 date", "2024-13-01, is not an ISO-8601 date",
            "1403-08-12, 'is before 1800: give the Gregorian date (as a Hijri date it is 2024-11-02)'",
            "1799-12-31, is before 1800: give the Gregorian date"})
    void aStatedDateNoServiceWouldStoreIsAProblemNamingTheField(String value, String detail) {
        ProblemException e = assertThrows(ProblemException.class, () -> PublishedAt.stated("items[2].publishedAt",
                value));
        assertEquals(400, e.status());
        assertEquals("items[2].publishedAt", e.errors().get(0).field());
        assertTrue(e.getMessage().contains("'" + value + "' " + detail), e.getMessage());
    }
}
