package dev.reload.account;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.reload.system.security.BearerTokenAuthenticator;
import dev.reload.system.web.NotFoundException;

/**
 * Issues, checks and revokes API tokens. A token is 32 random bytes shown once; the database
 * holds only its SHA-256, so a leaked table does not leak working tokens.
 */
@Service
public class ApiTokenService implements BearerTokenAuthenticator {

    /** What every token starts with, before its 32 random bytes in URL-safe Base64. */
    public static final String PREFIX = "rl_";

    private static final Duration LAST_USED_GRAIN = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenRepository tokens, JdbcClient jdbc, Clock clock) {
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A token as its owner sees it in the list: never the token itself. */
    public record TokenView(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt)
            implements Serializable {

        static TokenView of(ApiToken token) {
            return new TokenView(token.id(), token.name(), token.createdAt(), token.lastUsedAt(), token.revokedAt());
        }

        public boolean active() {
            return revokedAt == null;
        }
    }

    /** A new token: {@code token} is shown to its owner once and never again. */
    public record IssuedToken(TokenView view, String token) implements Serializable {}

    @Transactional
    public IssuedToken issue(AccountId owner, String name) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = tokenOf(secret);
        String label = name == null || name.isBlank() ? "API token" : name.strip();
        ApiToken saved =
                tokens.save(new ApiToken(null, owner.value(), label, hash(token), clock.instant(), null, null));
        return new IssuedToken(TokenView.of(saved), token);
    }

    public List<TokenView> list(AccountId owner) {
        return tokens.findByAccountIdOrderByCreatedAtDesc(owner.value()).stream()
                .map(TokenView::of)
                .toList();
    }

    @Transactional
    public void revoke(AccountId owner, long tokenId) {
        ApiToken token = tokens.findByIdAndAccountId(tokenId, owner.value())
                .orElseThrow(() -> new NotFoundException("token", tokenId));
        if (token.active()) {
            tokens.save(token.revoked(clock.instant()));
        }
    }

    /**
     * The hot path of every API request: one indexed read of the active token with its account,
     * and, at most once a minute a token, the time it was last used. Plain SQL rather than the
     * repositories' mapping and a transaction, which cost more than the rest of a request whose
     * records are in their snapshot (docs/benchmarks.md, "Load test").
     */
    @Override
    public Optional<UserDetails> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT t.id, t.account_id, t.last_used_at, a.email, a.display_name, a.role, a.password_hash"
                        + " FROM api_token t JOIN account a ON a.id = t.account_id"
                        + " WHERE t.token_hash = ? AND t.revoked_at IS NULL")
                .param(hash(token))
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    long account = rs.getLong(2);
                    java.sql.Timestamp lastUsed = rs.getTimestamp(3);
                    markUsed(id, account, lastUsed == null ? null : lastUsed.toInstant());
                    return (UserDetails) new AccountPrincipal(
                            account, rs.getString(4), rs.getString(5), Role.valueOf(rs.getString(6)), rs.getString(7));
                })
                .optional();
    }

    private void markUsed(long id, long account, Instant lastUsed) {
        Instant now = clock.instant();
        if (lastUsed == null || lastUsed.plus(LAST_USED_GRAIN).isBefore(now)) {
            jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE account_id = ? AND id = ?")
                    .params(java.sql.Timestamp.from(now), account, id)
                    .update();
        }
    }

    /** The token made of these secret bytes, as {@link #issue} shows it. */
    public static String tokenOf(byte[] secret) {
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** What {@code api_token.token_hash} holds for a token: its SHA-256 in hex. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
