package dev.reload.outcomes;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code outcome} and {@code outcome_answer} (V011). Every query filters by the owning
 * account; an account's questionnaires with their answers are read in one query, oldest first.
 */
@Repository
class Outcomes {

    private static final String READ = "SELECT o.id, o.taken_on, o.subscales, a.item, a.answer FROM outcome o"
            + " LEFT JOIN outcome_answer a ON a.outcome_id = o.id AND a.account_id = o.account_id"
            + " WHERE o.account_id = :account";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Outcomes(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Stores a questionnaire and its answers; answers its id. */
    long insert(long account, LocalDate date, Set<KoosSubscale> subscales, Map<String, Integer> answers, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO outcome (account_id, taken_on, subscales, created_at)"
                        + " VALUES (:account, :date, :subscales, :now)")
                .param("account", account)
                .param("date", date)
                .param("subscales", subscales.stream().map(Enum::name).collect(Collectors.joining(",")))
                .param("now", Timestamp.from(now))
                .update(key, "id");
        long id = Objects.requireNonNull(key.getKey(), "the new outcome's id").longValue();
        List<Object[]> rows = new ArrayList<>(answers.size());
        answers.forEach((item, answer) -> rows.add(new Object[] {id, account, item, answer}));
        batch.batchUpdate(
                "INSERT INTO outcome_answer (outcome_id, account_id, item, answer) VALUES (?, ?, ?, ?)", rows);
        return id;
    }

    /** The account's questionnaires, oldest first (by day, then as entered). */
    List<StoredOutcome> all(long account) {
        return read(jdbc.sql(READ + " ORDER BY o.taken_on, o.id").param("account", account));
    }

    Optional<StoredOutcome> find(long account, long id) {
        return read(jdbc.sql(READ + " AND o.id = :id").param("account", account).param("id", id)).stream()
                .findFirst();
    }

    /** Deletes the questionnaire (its answers go with it); false when the account has none of that id. */
    boolean delete(long account, long id) {
        return jdbc.sql("DELETE FROM outcome WHERE id = :id AND account_id = :account")
                        .param("id", id)
                        .param("account", account)
                        .update()
                > 0;
    }

    private static List<StoredOutcome> read(JdbcClient.StatementSpec statement) {
        Map<Long, LocalDate> dates = new LinkedHashMap<>();
        Map<Long, Set<KoosSubscale>> subscales = new HashMap<>();
        Map<Long, Map<String, Integer>> answers = new HashMap<>();
        statement.query(rs -> {
            long id = rs.getLong("id");
            if (!dates.containsKey(id)) {
                dates.put(id, rs.getDate("taken_on").toLocalDate());
                subscales.put(id, subscales(rs.getString("subscales")));
                answers.put(id, new HashMap<>());
            }
            String item = rs.getString("item");
            if (item != null) {
                answers.get(id).put(item, rs.getInt("answer"));
            }
        });
        List<StoredOutcome> outcomes = new ArrayList<>(dates.size());
        dates.forEach((id, date) -> outcomes.add(new StoredOutcome(id, date, subscales.get(id), answers.get(id))));
        return outcomes;
    }

    private static Set<KoosSubscale> subscales(String stored) {
        Set<KoosSubscale> set = EnumSet.noneOf(KoosSubscale.class);
        if (stored != null && !stored.isBlank()) {
            Arrays.stream(stored.split(",")).map(KoosSubscale::valueOf).forEach(set::add);
        }
        return set;
    }
}
