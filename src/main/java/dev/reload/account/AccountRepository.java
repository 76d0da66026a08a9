package dev.reload.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface AccountRepository extends Repository<Account, Long> {

    Account save(Account account);

    Optional<Account> findById(Long id);

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    /** One more than {@link AccountRoles#LISTED}, to tell whether there are more. */
    List<Account> findTop51ByEmailContainingOrderByEmail(String emailPart);
}
