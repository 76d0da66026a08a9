package dev.reload.outcomes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.reload.account.AccountId;
import dev.reload.system.web.Echo;
import dev.reload.system.web.InvalidFieldException;
import dev.reload.system.web.InvalidFieldException.FieldProblem;
import dev.reload.system.web.NotFoundException;

/**
 * The person's knee questionnaires (KOOS subscales, KOOS-PF): recorded by item number, listed with
 * their scores, which are computed on read by {@link KoosScoring}. Another account's id answers as
 * not found.
 */
@Service
public class OutcomeService {

    /** A refused entry names at most this many fields, so a huge body never makes a huge answer. */
    static final int MAX_PROBLEMS = 20;

    private final Outcomes outcomes;
    private final Clock clock;

    OutcomeService(Outcomes outcomes, Clock clock) {
        this.outcomes = outcomes;
        this.clock = clock;
    }

    /**
     * Stores a questionnaire. Refused, naming each field, when an item id is unknown
     * ({@code answers.Z9}), an answer is not 0–4 ({@code answers.P1}) or there is no answer at all.
     */
    @Transactional
    public OutcomeView record(AccountId owner, OutcomeEntry entry) {
        Map<String, Integer> answers = checkedAnswers(entry);
        Set<KoosSubscale> subscales = EnumSet.noneOf(KoosSubscale.class);
        if (entry.subscales() != null) {
            subscales.addAll(entry.subscales());
        }
        answers.keySet().forEach(item -> subscales.add(KoosSubscale.of(item).orElseThrow()));
        long id = outcomes.insert(owner.value(), entry.date(), subscales, answers, clock.instant());
        return view(new StoredOutcome(id, entry.date(), subscales, answers));
    }

    /** Every questionnaire of the account with its scores, oldest first. */
    public List<OutcomeView> all(AccountId owner) {
        return outcomes.all(owner.value()).stream().map(OutcomeService::view).toList();
    }

    public OutcomeView find(AccountId owner, long id) {
        return outcomes.find(owner.value(), id)
                .map(OutcomeService::view)
                .orElseThrow(() -> new NotFoundException("questionnaire", id));
    }

    @Transactional
    public void delete(AccountId owner, long id) {
        if (!outcomes.delete(owner.value(), id)) {
            throw new NotFoundException("questionnaire", id);
        }
    }

    /** The scores over time, one series per subscale ever taken, in the order of the forms. */
    public List<ScoreSeries> series(AccountId owner) {
        return series(all(owner));
    }

    /** The series of already read questionnaires (oldest first), as {@link #series(AccountId)}. */
    public static List<ScoreSeries> series(List<OutcomeView> history) {
        Map<KoosSubscale, List<ScoreSeries.Point>> points = new EnumMap<>(KoosSubscale.class);
        for (OutcomeView outcome : history) {
            for (SubscaleScore score : outcome.scores()) {
                points.computeIfAbsent(score.subscale(), s -> new ArrayList<>())
                        .add(new ScoreSeries.Point(outcome.id(), outcome.date(), score.score()));
            }
        }
        List<ScoreSeries> series = new ArrayList<>();
        points.forEach((subscale, list) -> series.add(new ScoreSeries(subscale, List.copyOf(list))));
        return series;
    }

    private static OutcomeView view(StoredOutcome stored) {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (String item : KoosSubscale.allItems()) {
            Integer answer = stored.answers().get(item);
            if (answer != null) {
                ordered.put(item, answer);
            }
        }
        List<KoosSubscale> taken = List.copyOf(stored.subscales());
        List<SubscaleScore> scores = taken.stream()
                .map(subscale -> KoosScoring.score(subscale, ordered))
                .toList();
        return new OutcomeView(stored.id(), stored.date(), taken, ordered, scores);
    }

    /** The answers, each item known and each answer 0–4, or the refusal naming every bad one. */
    private static Map<String, Integer> checkedAnswers(OutcomeEntry entry) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Integer> answers = new LinkedHashMap<>();
        entry.answers().forEach((item, answer) -> {
            if (KoosSubscale.of(item).isEmpty()) {
                problems.add(new FieldProblem("answers." + Echo.of(item), KoosSubscale.unknownItemProblem()));
            } else if (answer == null || answer < KoosSubscale.MIN_ANSWER || answer > KoosSubscale.MAX_ANSWER) {
                problems.add(new FieldProblem("answers." + item, KoosSubscale.ANSWER_PROBLEM));
            } else {
                answers.put(item, answer);
            }
        });
        if (problems.isEmpty() && answers.isEmpty()) {
            problems.add(new FieldProblem("answers", "must hold at least one answer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
        }
        return answers;
    }
}
