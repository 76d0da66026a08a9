package dev.reload.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.ConstraintValidatorContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class PlausibleDateValidatorTests {

    @ParameterizedTest(name = "at {0}: {1} → {2}")
    @CsvSource(textBlock = """
            2026-03-11T08:00:00Z, 2028-03-11, true
            2026-03-11T08:00:00Z, 2028-03-12, false
            2026-03-11T10:00:00Z, 2028-03-12, true
            2026-03-11T08:00:00Z, 1900-01-01, true
            2026-03-11T08:00:00Z, 1899-12-31, false
            """)
    void theLastDayIsTwoYearsAfterTodayWhereTheDayBeginsFirst(Instant now, LocalDate date, boolean valid) {
        // at 10:00 UTC it is already the 12th at UTC+14
        var validator = new PlausibleDateValidator(Clock.fixed(now, ZoneOffset.UTC));
        ConstraintValidatorContext context = mock(ConstraintValidatorContext.class, RETURNS_DEEP_STUBS);
        assertThat(validator.isValid(date, context)).isEqualTo(valid);
        if (!valid) {
            verify(context).buildConstraintViolationWithTemplate("must be between 1900-01-01 and 2028-03-11");
        }
    }

    @org.junit.jupiter.api.Test
    void anAbsentDateIsLeftToNotNull() {
        assertThat(new PlausibleDateValidator(Clock.systemUTC()).isValid(null, null))
                .isTrue();
    }
}
