package org.wirecheck.common.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.chrono.HijrahChronology;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wirecheck.common.problem.ProblemException;

/**
 * Reads a publication time as newsroom systems write it: an ISO-8601 instant ("2024-03-01T10:00:00Z"), a date-time
 * with an offset ("2024-03-01T15:30:00+04:30", as Afghan sites do), a local date-time (taken as UTC) or a bare date
 * (its midnight UTC).
 * <p>
 * A date read from a page's metadata ({@link #fromPage}) is the page's claim, and the earliest date of a reprint
 * cluster makes its origin, so it is only taken when it is plausible. Afghan and Iranian sites often give it in the
 * Solar Hijri calendar ("1403-08-12", "۱۴۰۳/۰۸/۱۲"), Arab sites in the lunar Hijri one ("1446-05-10"); read as
 * Gregorian, such a page was published in the 15th century and would be the origin of every cluster it joined.
 * <p>
 * A date a caller states ({@link #stated}) is held to the same account in every service: it must parse, and it must
 * not lie before {@link #EARLIEST_STATED_YEAR}.
 */
public final class PublishedAt {

    /** The web's age: a page's date before this is not taken, in any calendar. */
    static final LocalDate EARLIEST_PAGE_DATE = LocalDate.of(1995, 1, 1);
    /** A page's date this far after now is not taken either (clocks and time zones differ by hours, not days). */
    static final Duration LATEST_AHEAD = Duration.ofDays(2);
    /** A date a caller states explicitly before this year is refused: it is certainly not a Gregorian news date. */
    public static final int EARLIEST_STATED_YEAR = 1800;

    /** A date with perhaps a time after it, once its digits are ASCII: 1403-08-12, 1403/8/12, 1403-08-12T10:00+04:30. */
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(.*)");

    private PublishedAt() {
    }

    public static Optional<Instant> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(v).toInstant());
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return Optional.of(LocalDateTime.parse(v).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return Optional.of(LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * A publication time a caller states in field {@code field}: none if blank; else one of the {@link #parse} forms
     * in {@link #EARLIEST_STATED_YEAR} or later. A date before it is refused rather than stored (the earliest date of
     * a reprint cluster makes its origin), naming the Gregorian date a Hijri reading of it gives, if one does.
     *
     * @throws ProblemException a 400 naming {@code field}, for a date in no form read here or before 1800
     */
    public static Optional<Instant> stated(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<Instant> when = parse(value);
        if (when.isEmpty()) {
            throw ProblemException.badField(field, field + " '" + value
                    + "' is not an ISO-8601 date or date-time (e.g. 2024-03-01 or 2024-03-01T10:00:00Z)");
        }
        if (when.get().atZone(ZoneOffset.UTC).getYear() < EARLIEST_STATED_YEAR) {
            String meant = fromPage(value).map(t -> " (as a Hijri date it is "
                    + t.atZone(ZoneOffset.UTC).toLocalDate() + ")").orElse("");
            throw ProblemException.badField(field, field + " '" + value + "' is before " + EARLIEST_STATED_YEAR
                    + ": give the Gregorian date" + meant);
        }
        return when;
    }

    /** {@link #fromPage(String, Clock)} against the system clock. */
    public static Optional<Instant> fromPage(String value) {
        return fromPage(value, Clock.systemUTC());
    }

    /**
     * A page's publication date, if it is a plausible one: Persian and Arabic-Indic digits and slashes are read; a
     * year 1374-1405 is a Solar Hijri one (1995-2027) and a year 1416-1448 a lunar Hijri one (1995-2027), converted
     * to the Gregorian date; then the date must lie between {@link #EARLIEST_PAGE_DATE} and
     * {@link #LATEST_AHEAD} from now. Anything else is no date, as if the page gave none.
     */
    public static Optional<Instant> fromPage(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = asciiDigits(value.strip());
        Matcher m = DATE.matcher(v);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            LocalDate gregorian;
            try {
                gregorian = year >= 1374 && year <= 1405
                        ? solarHijri(year, month, day)
                        : year >= 1416 && year <= 1448
                                ? LocalDate.from(HijrahChronology.INSTANCE.date(year, month, day))
                                : LocalDate.of(year, month, day);
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
            v = gregorian + m.group(4);
        }
        Optional<Instant> when = parse(v);
        return when.filter(t -> !t.isBefore(EARLIEST_PAGE_DATE.atStartOfDay(ZoneOffset.UTC).toInstant())
                && !t.isAfter(clock.instant().plus(LATEST_AHEAD)));
    }

    /**
     * The Gregorian date of a Solar Hijri (Jalali) one, the calendar of Afghanistan and Iran: the arithmetic of the
     * 33-year cycle as in the widely used jdf/jalaali conversions, exact for 1178-1633.
     */
    static LocalDate solarHijri(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > (month <= 6 ? 31 : 30)) {
            throw new java.time.DateTimeException("No Solar Hijri date " + year + "-" + month + "-" + day);
        }
        int jy = year + 1595;
        long days = -355668 + 365L * jy + (jy / 33) * 8 + ((jy % 33) + 3) / 4 + day
                + (month < 7 ? (month - 1) * 31 : (month - 7) * 30 + 186);
        // The count is of days since 0000-01-01 of the proleptic Gregorian calendar, which starts a 400-year cycle.
        return LocalDate.ofEpochDay(LocalDate.of(0, 1, 1).toEpochDay() + days);
    }

    private static String asciiDigits(String v) {
        StringBuilder out = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            out.append(c >= 0x80 && Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
        }
        return out.toString();
    }
}
