package dev.reload.outcomes;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** A questionnaire as stored: the day it was taken, the subscales taken, the answers by item id. */
record StoredOutcome(long id, LocalDate date, Set<KoosSubscale> subscales, Map<String, Integer> answers) {}
