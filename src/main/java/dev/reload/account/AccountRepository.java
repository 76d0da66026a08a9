package dev.reload.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface AccountRepository extends Repository<Account, Long> {

    Account save(Account account);

    Optional<Account> findById(Long id);

    Optional<Account> findByEmail(String email);

    /** The account's time zone alone: read on every page and advice, without mapping the whole account. */
    @Query("SELECT time_zone FROM account WHERE id = :id")
    Optional<String> findTimeZoneById(@Param("id") Long id);

    /** The account's unit of distance alone (see {@link #findTimeZoneById}). */
    @Query("SELECT distance_unit FROM account WHERE id = :id")
    Optional<String> findDistanceUnitById(@Param("id") Long id);

    /**
     * Claims the email for the account: no two accounts share one (decision 0024). Refused with a
     * {@link org.springframework.dao.DuplicateKeyException} when another account holds it.
     */
    @Modifying
    @Query("INSERT INTO account_email (email, account_id) VALUES (:email, :accountId)")
    void claimEmail(@Param("email") String email, @Param("accountId") Long accountId);

    boolean existsByEmail(String email);

    /** One more than {@link AccountRoles#LISTED}, to tell whether there are more. */
    List<Account> findTop51ByEmailContainingOrderByEmail(String emailPart);
}
