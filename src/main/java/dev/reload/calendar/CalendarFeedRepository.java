package dev.reload.calendar;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface CalendarFeedRepository extends Repository<CalendarFeed, Long> {

    CalendarFeed save(CalendarFeed feed);

    Optional<CalendarFeed> findByAccountId(Long accountId);

    Optional<CalendarFeed> findByTokenHash(String tokenHash);

    @Modifying
    @Query("DELETE FROM calendar_feed WHERE account_id = :accountId")
    int deleteByAccountId(Long accountId);
}
