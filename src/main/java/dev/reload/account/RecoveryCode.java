package dev.reload.account;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

/** One single-use code for signing in without the phone; only its SHA-256 is stored. */
@Table("recovery_code")
record RecoveryCode(
        @Id Long id, @InsertOnlyProperty Long accountId, String codeHash, Instant createdAt, Instant usedAt) {}
