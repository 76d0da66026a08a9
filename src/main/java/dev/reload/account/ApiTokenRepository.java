package dev.reload.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ApiTokenRepository extends Repository<ApiToken, Long> {

    ApiToken save(ApiToken token);

    Optional<ApiToken> findByTokenHash(String tokenHash);

    Optional<ApiToken> findByIdAndAccountId(Long id, Long accountId);

    List<ApiToken> findByAccountIdOrderByCreatedAtDesc(Long accountId);
}
