package dev.reload.support;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a PostgreSQL sharded by account (Citus) holds each of Reload's tables (decision 0024): the
 * one classification that {@code system.CitusReadySchemaContract} checks against the schema, that
 * the script of {@code docs/operations-citus.md} is written from ({@code system.OperationsCitusDocTests})
 * and that {@link PostgresTest} runs on Citus when {@code RELOAD_TEST_CITUS=true}.
 * The tables are in the order they are distributed: a table after every table it has a foreign key
 * to, as Citus wants.
 */
public final class CitusLayout {

    private CitusLayout() {}

    /** What a sharded database does with a table. */
    public enum Kind {
        /** The account itself, distributed by its id: every account's table sits beside it. */
        ACCOUNT,
        /** Rows of one account, distributed by the account's id and co-located with {@code account}. */
        OF_AN_ACCOUNT,
        /** Distributed by a key of its own, for a lookup that must hold across all accounts. */
        OWN_KEY,
        /** The same rows on every node: shared, of no account. */
        REFERENCE,
        /** Stays on the coordinator, a plain PostgreSQL table. */
        COORDINATOR
    }

    /** A table, what is done with it, the column it is distributed by (if it is) and why. */
    public record Table(String name, Kind kind, String column, String why) {

        public boolean distributed() {
            return kind == Kind.ACCOUNT || kind == Kind.OF_AN_ACCOUNT || kind == Kind.OWN_KEY;
        }

        /** With {@code account}, on the same nodes by the same account id. */
        public boolean coLocated() {
            return kind == Kind.ACCOUNT || kind == Kind.OF_AN_ACCOUNT;
        }

        /** The line of the Citus script for this table. */
        public String statement() {
            return switch (kind) {
                case ACCOUNT -> "SELECT create_distributed_table('" + name + "', '" + column + "');";
                case OF_AN_ACCOUNT ->
                    "SELECT create_distributed_table('" + name + "', '" + column + "', colocate_with => 'account');";
                case OWN_KEY ->
                    "SELECT create_distributed_table('" + name + "', '" + column + "', colocate_with => 'none');";
                case REFERENCE -> "SELECT create_reference_table('" + name + "');";
                case COORDINATOR -> "-- " + name + " stays on the coordinator: " + why;
            };
        }
    }

    /** Columns that hold an account's id: none of them in a table that is not distributed. */
    public static final Set<String> ACCOUNT_COLUMNS =
            Set.of("account_id", "patient_id", "clinician_id", "actor_id", "changed_by", "used_by");

    public static final List<Table> TABLES = List.of(
            account("account", "id", "every account's rows are placed by its id"),
            ofAnAccount("api_token"),
            ofAnAccount("plan"),
            ofAnAccount("screening"),
            ofAnAccount("shoe"),
            ofAnAccount("import_job"),
            ofAnAccount("check_in"),
            ofAnAccount("strength_set"),
            ofAnAccount("log_trash"),
            ofAnAccount("outcome"),
            ofAnAccount("calendar_feed"),
            ofAnAccount("two_step"),
            ofAnAccount("recovery_code"),
            ofAnAccount("password_reset"),
            ofThePatient("clinic_invite"),
            ofThePatient("clinic_link"),
            ofThePatient("clinic_note"),
            ofThePatient("audit_record"),
            ofAnAccount("activity_session"),
            ofAnAccount("import_failure"),
            ofAnAccount("outcome_answer"),
            ofAnAccount("knob_change"),
            ofAnAccount("onboarding_draft"),
            ofAnAccount("import_file_chunk"),
            new Table(
                    "account_email",
                    Kind.OWN_KEY,
                    "email",
                    "no two accounts share an email: the claim is found by the email alone"),
            coordinator(
                    "pending_registration",
                    "a registration waiting a day for its email link, of no account yet, found by its email and by"
                            + " its link, each unique"),
            coordinator(
                    "throttle_bucket",
                    "counts of failures by the hash of an email or address, of no account, written on every failure"
                            + " and gone within minutes, read FOR UPDATE by their key on a connection of their own"),
            coordinator(
                    "spring_session",
                    "page sessions are read and written on every page request, 8 hours long, and Spring Session's"
                            + " own schema keeps session_id unique"),
            coordinator("spring_session_attributes", "what those sessions hold, with them"),
            coordinator("flyway_schema_history", "Flyway's own record of the migrations, run on the coordinator"));

    public static Optional<Table> table(String name) {
        return TABLES.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The Citus script: one line a table, in order. */
    public static String statements() {
        return TABLES.stream().map(Table::statement).collect(Collectors.joining("\n", "", "\n"));
    }

    private static Table account(String name, String column, String why) {
        return new Table(name, Kind.ACCOUNT, column, why);
    }

    private static Table ofAnAccount(String name) {
        return new Table(name, Kind.OF_AN_ACCOUNT, "account_id", "an account's rows");
    }

    /** The clinic's tables name the patient, whose data they are, as patient_id. */
    private static Table ofThePatient(String name) {
        return new Table(name, Kind.OF_AN_ACCOUNT, "patient_id", "the patient's rows");
    }

    private static Table coordinator(String name, String why) {
        return new Table(name, Kind.COORDINATOR, null, why);
    }
}
