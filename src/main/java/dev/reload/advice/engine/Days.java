package dev.reload.advice.engine;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the adviser's messages write a day: in words, "Monday 13 July 2026", never an ISO date. */
final class Days {

    private static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private Days() {}

    static String inWords(LocalDate day) {
        return day.format(IN_WORDS);
    }
}
