package dev.reload.privacy;

import java.util.List;
import java.util.Optional;

/**
 * Everything Reload stores about an account, table by table: which columns tie a row to the
 * account, which columns the export holds and what each means, and what is left out and why. The
 * export ({@link DataExport}) and the README inside it are written from this list, and a test
 * compares it with the database's own metadata, so a new table or column of an account cannot be
 * forgotten: it must be here or in {@link #LEFT_OUT}.
 */
public final class StoredData {

    private StoredData() {}

    /** One column of a file and what it means. */
    public record Column(String name, String meaning) {}

    /**
     * One file of the export, from one table: its rows where any of {@code owners} is the account's
     * id, in {@code orderBy}, with {@code columns} in this order.
     */
    public record DataFile(
            String name, String table, List<String> owners, String orderBy, String about, List<Column> columns) {

        public DataFile {
            owners = List.copyOf(owners);
            columns = List.copyOf(columns);
        }

        public List<String> columnNames() {
            return columns.stream().map(Column::name).toList();
        }
    }

    /** A column (or, with a null column, a whole table) the export leaves out, and why. */
    public record LeftOut(String table, String column, String reason) {}

    private static final String AT = "(an instant in UTC, ISO-8601)";
    private static final String ON = "(a date, ISO-8601)";

    private static DataFile file(
            String name, String table, String owner, String orderBy, String about, Column... columns) {
        return new DataFile(name, table, List.of(owner), orderBy, about, List.of(columns));
    }

    private static DataFile file(
            String name, String table, List<String> owners, String orderBy, String about, Column... columns) {
        return new DataFile(name, table, owners, orderBy, about, List.of(columns));
    }

    private static Column c(String name, String meaning) {
        return new Column(name, meaning);
    }

    /** The files of the export, in the README's order. */
    public static final List<DataFile> FILES = List.of(
            file(
                    "account",
                    "account",
                    "id",
                    "id",
                    "Your account.",
                    c("id", "the account's number"),
                    c("email", "the email you sign in with"),
                    c("display_name", "your name as the app shows it"),
                    c("role", "PATIENT, CLINICIAN, EDITOR or ADMIN"),
                    c("created_at", "when you registered " + AT),
                    c("password_changed_at", "when your password was last set " + AT),
                    c("distance_unit", "how pages show distances: KM or MILES"),
                    c("time_zone", "the time zone your days follow")),
            file(
                    "plans",
                    "plan",
                    "account_id",
                    "created_at DESC, id DESC",
                    "Your recovery plans, newest first; the active one has no ended_at.",
                    c("id", "the plan's number"),
                    c("account_id", "your account's number"),
                    c("knee_condition", "the condition the plan is for"),
                    c("target_activity", "the activity you are returning to"),
                    c("unit", "the unit of the weekly goal and dose"),
                    c("start_date", "the plan's first day " + ON),
                    c("weekly_goal", "the weekly amount you aim for"),
                    c("sessions_per_week", "sessions a week"),
                    c("progression_percent", "the weekly step, in per cent"),
                    c("tolerable_dose", "the amount you could do without flaring, if you said"),
                    c("initial_phase", "the phase the plan started in"),
                    c("pain_onset", "when the pain began, if you said " + ON),
                    c("assessment_json", "your onboarding answers (goal, contributors and the rest) as JSON text"),
                    c("created_at", "when the plan was made " + AT),
                    c("ended_at", "when a newer plan replaced it " + AT),
                    c("stop_pain", "the pain during a session that means stop"),
                    c("deload_every_weeks", "an easier week every this many weeks"),
                    c("deload_percent", "an easier week's amount, in per cent of a normal one"),
                    c("strength_progress_percent", "the strength step up, in per cent"),
                    c("strength_regress_percent", "the strength step down, in per cent"),
                    c("exercises", "the exercises chosen for the plan (ids), empty for the whole programme")),
            file(
                    "knob_changes",
                    "knob_change",
                    List.of("account_id", "changed_by"),
                    "changed_at DESC, id DESC",
                    "Every change of how your plan is set, newest first; also the changes you made to the plans of"
                            + " patients linked to you, if you are a clinician.",
                    c("id", "the change's number"),
                    c("account_id", "the account whose plan changed"),
                    c("plan_id", "the plan that changed"),
                    c("knob", "what changed"),
                    c("old_value", "the value before"),
                    c("new_value", "the value after"),
                    c("changed_by", "the account that made the change; empty once that account is deleted"),
                    c("changed_at", "when " + AT)),
            file(
                    "onboarding_draft",
                    "onboarding_draft",
                    "account_id",
                    "account_id",
                    "What you have answered so far in onboarding, until the plan is made (forgotten after a day"
                            + " untouched).",
                    c("account_id", "your account's number"),
                    c("answers", "your answers so far as JSON text"),
                    c("updated_at", "when you last answered " + AT)),
            file(
                    "screenings",
                    "screening",
                    "account_id",
                    "answered_on DESC, id DESC",
                    "Your answers to the safety screen, newest first.",
                    c("id", "the screen's number"),
                    c("account_id", "your account's number"),
                    c("answered_on", "the day you answered " + ON),
                    c("red_flags", "the warning signs you said you had, comma-separated (empty: none)"),
                    c("created_at", "when it was stored " + AT)),
            file(
                    "sessions",
                    "activity_session",
                    "account_id",
                    "session_date DESC, id DESC",
                    "Your activity sessions, logged or imported, newest day first.",
                    c("id", "the session's number"),
                    c("account_id", "your account's number"),
                    c("session_date", "the day " + ON),
                    c("activity", "the activity"),
                    c("volume", "how much, in unit"),
                    c("unit", "the unit of volume"),
                    c("rpe", "how hard it felt, 0 to 10"),
                    c("pain_during", "pain during, 0 to 10"),
                    c("pain_after", "pain the next morning or after, 0 to 10"),
                    c("duration_sec", "duration in seconds"),
                    c("distance_km", "distance in kilometres"),
                    c("avg_pace_sec_per_km", "average pace, seconds per kilometre"),
                    c("surface", "the surface"),
                    c("shoe_id", "the pair of shoes (see shoes)"),
                    c("shoes", "the shoes' name as written"),
                    c("source", "where it came from: typed in, or the file it was imported from"),
                    c("created_at", "when it was stored " + AT),
                    c("started_at", "when the activity started, for imported ones " + AT),
                    c("import_id", "the import that brought it in (see imports)")),
            file(
                    "check_ins",
                    "check_in",
                    "account_id",
                    "check_in_date DESC, id DESC",
                    "Your morning check-ins, newest first.",
                    c("id", "the check-in's number"),
                    c("account_id", "your account's number"),
                    c("check_in_date", "the morning " + ON),
                    c("morning_pain", "pain on waking, 0 to 10"),
                    c("morning_stiffness", "stiffness, 0 to 10"),
                    c("sleep_hours", "hours slept"),
                    c("stress", "stress, 0 to 10"),
                    c("notes", "your notes"),
                    c("created_at", "when it was stored " + AT)),
            file(
                    "strength",
                    "strength_set",
                    "account_id",
                    "set_date DESC, id DESC",
                    "Your strength work, newest first.",
                    c("id", "the entry's number"),
                    c("account_id", "your account's number"),
                    c("set_date", "the day " + ON),
                    c("exercise", "the exercise"),
                    c("sets", "sets"),
                    c("reps", "repetitions a set"),
                    c("load_kg", "load in kilograms"),
                    c("hold_sec", "hold in seconds"),
                    c("tempo", "tempo"),
                    c("pain_during", "pain during, 0 to 10"),
                    c("created_at", "when it was stored " + AT)),
            file(
                    "shoes",
                    "shoe",
                    "account_id",
                    "started_on DESC, id DESC",
                    "Your shoes, newest first.",
                    c("id", "the pair's number"),
                    c("account_id", "your account's number"),
                    c("name", "their name"),
                    c("started_on", "first worn " + ON),
                    c("start_km", "kilometres on them before Reload"),
                    c("retired_on", "when you retired them " + ON),
                    c("created_at", "when they were stored " + AT)),
            file(
                    "deleted_entries",
                    "log_trash",
                    "account_id",
                    "deleted_at DESC, id DESC",
                    "Log entries you deleted in the last 24 hours, kept so that a delete can be undone.",
                    c("id", "the row's number"),
                    c("account_id", "your account's number"),
                    c("kind", "SESSION, CHECK_IN, STRENGTH or SHOE"),
                    c("entry_id", "the deleted entry's number"),
                    c("entry", "the deleted entry as JSON text"),
                    c("deleted_at", "when you deleted it " + AT)),
            file(
                    "imports",
                    "import_job",
                    "account_id",
                    "created_at DESC, id DESC",
                    "Your history imports, newest first. The file you uploaded for each is in files/<id>/ under its"
                            + " name, as you uploaded it (an import queued before Reload kept files has none).",
                    c("id", "the import's number"),
                    c("account_id", "your account's number"),
                    c("file_name", "the uploaded file's name"),
                    c("kind", "FILE (one activity) or ZIP (a bulk export)"),
                    c("status", "QUEUED, RUNNING, DONE or FAILED"),
                    c("total", "activities found"),
                    c("processed", "activities read"),
                    c("imported", "activities stored as sessions"),
                    c("duplicates", "activities already there"),
                    c("next_index", "where a stopped import goes on"),
                    c("created_at", "when you uploaded it " + AT),
                    c("updated_at", "when it last moved on " + AT),
                    c("file_size", "the uploaded file's size in bytes"),
                    c("file_crc32", "the uploaded file's CRC-32 checksum (a number), to check the copy in files/")),
            file(
                    "import_failures",
                    "import_failure",
                    "account_id",
                    "import_job DESC, item_index, id",
                    "The files an import could not read, and why.",
                    c("id", "the row's number"),
                    c("import_job", "the import (see imports)"),
                    c("account_id", "your account's number"),
                    c("item_index", "the file's place in the upload"),
                    c("file", "the file's name"),
                    c("reason", "why it could not be read")),
            file(
                    "outcomes",
                    "outcome",
                    "account_id",
                    "taken_on DESC, id DESC",
                    "The knee questionnaires (KOOS, KOOS-PF) you filled in, newest first; the scores are"
                            + " computed from the answers.",
                    c("id", "the questionnaire's number"),
                    c("account_id", "your account's number"),
                    c("taken_on", "the day " + ON),
                    c("subscales", "the parts filled in, comma-separated"),
                    c("created_at", "when it was stored " + AT)),
            file(
                    "outcome_answers",
                    "outcome_answer",
                    "account_id",
                    "outcome_id DESC, item",
                    "Your answers, by questionnaire and item number of the official form.",
                    c("outcome_id", "the questionnaire (see outcomes)"),
                    c("account_id", "your account's number"),
                    c("item", "the item number"),
                    c("answer", "the box marked, 0 to 4")),
            file(
                    "calendar_feed",
                    "calendar_feed",
                    "account_id",
                    "id",
                    "Your private calendar feed, if you share your plan with a calendar app (its address is a"
                            + " secret and not in the export: see it on the plan page).",
                    c("id", "the feed's number"),
                    c("account_id", "your account's number"),
                    c("created_at", "when you started sharing " + AT),
                    c("revision", "how often what it holds has changed"),
                    c("content_hash", "a fingerprint of what it holds now"),
                    c("changed_at", "when it last changed " + AT)),
            file(
                    "api_tokens",
                    "api_token",
                    "account_id",
                    "created_at DESC, id DESC",
                    "Your API tokens' names and dates, newest first (the tokens themselves are never stored).",
                    c("id", "the token's number"),
                    c("account_id", "your account's number"),
                    c("name", "the name you gave it"),
                    c("created_at", "when it was made " + AT),
                    c("last_used_at", "when it was last used " + AT),
                    c("revoked_at", "when it was revoked " + AT)),
            file(
                    "two_step",
                    "two_step",
                    "account_id",
                    "id",
                    "Whether two-step sign-in is on: set up when enabled_at is filled in (the secret is not in"
                            + " the export).",
                    c("id", "the row's number"),
                    c("account_id", "your account's number"),
                    c("created_at", "when you started setting it up " + AT),
                    c("enabled_at", "when a first code turned it on " + AT)),
            file(
                    "recovery_codes",
                    "recovery_code",
                    "account_id",
                    "created_at DESC, id",
                    "Your two-step recovery codes' dates (the codes are never stored).",
                    c("id", "the code's number"),
                    c("account_id", "your account's number"),
                    c("created_at", "when it was made " + AT),
                    c("used_at", "when it was used " + AT)),
            file(
                    "password_resets",
                    "password_reset",
                    "account_id",
                    "created_at DESC, id DESC",
                    "The password reset links you asked for (the links are never stored).",
                    c("id", "the request's number"),
                    c("account_id", "your account's number"),
                    c("created_at", "when you asked " + AT),
                    c("expires_at", "when the link stopped working " + AT),
                    c("used_at", "when it was used " + AT)),
            file(
                    "clinic_invites",
                    "clinic_invite",
                    List.of("patient_id", "used_by"),
                    "created_at DESC, id DESC",
                    "The invite codes you made for a clinician, or, as a clinician, the ones you redeemed (the"
                            + " codes are never stored).",
                    c("id", "the invite's number"),
                    c("patient_id", "the patient who made it"),
                    c("created_at", "when it was made " + AT),
                    c("expires_at", "when it stops working " + AT),
                    c("used_at", "when a clinician redeemed it " + AT),
                    c("used_by", "the clinician who redeemed it; empty once that account is deleted")),
            file(
                    "clinic_links",
                    "clinic_link",
                    List.of("patient_id", "clinician_id"),
                    "linked_at DESC, id DESC",
                    "Your links between patient and clinician that hold now.",
                    c("id", "the link's number"),
                    c("patient_id", "the patient"),
                    c("clinician_id", "the clinician"),
                    c("linked_at", "since when " + AT)),
            file(
                    "clinic_notes",
                    "clinic_note",
                    List.of("patient_id", "clinician_id"),
                    "written_at DESC, id DESC",
                    "Notes a clinician wrote for you, or, as a clinician, the notes you wrote.",
                    c("id", "the note's number"),
                    c("patient_id", "the patient"),
                    c("clinician_id", "the clinician who wrote it"),
                    c("written_at", "when " + AT),
                    c("body", "the note")),
            file(
                    "audit_records",
                    "audit_record",
                    List.of("patient_id", "actor_id"),
                    "read_at DESC, id DESC",
                    "Who has seen your data: every read of it by someone else; as a clinician, also every read"
                            + " you made of a patient's data.",
                    c("id", "the record's number"),
                    c("patient_id", "the patient whose data was read"),
                    c("actor_id", "the account that read it"),
                    c("actor_name", "that account's name at the time"),
                    c("read_at", "when " + AT),
                    c("what", "what was read, in words")));

    /**
     * What the export leaves out: secrets (hashes of passwords, tokens, codes and links, and the
     * two-step secret) that are worth nothing to their owner and could open the account if the ZIP
     * went astray; the server's own bookkeeping; and the page sessions.
     */
    public static final List<LeftOut> LEFT_OUT = List.of(
            new LeftOut("account", "password_hash", "a one-way hash of your password: a secret, of no use to you"),
            new LeftOut(
                    "account",
                    "records_version",
                    "a counter the server raises whenever your plan or log changes, to know when to read them again"),
            new LeftOut("api_token", "token_hash", "a fingerprint of each API token: a secret"),
            new LeftOut("calendar_feed", "token", "the secret part of your feed's address"),
            new LeftOut("calendar_feed", "token_hash", "a fingerprint of that secret"),
            new LeftOut("two_step", "secret", "the two-step sign-in secret, encrypted: never shown again"),
            new LeftOut("two_step", "last_time_step", "which code was accepted last: bookkeeping of that secret"),
            new LeftOut("recovery_code", "code_hash", "a fingerprint of each recovery code: a secret"),
            new LeftOut("password_reset", "token_hash", "a fingerprint of each reset link: a secret"),
            new LeftOut("clinic_invite", "code_hash", "a fingerprint of each invite code: a secret"),
            new LeftOut(
                    "import_job",
                    "upload_path",
                    "where the server kept an upload on its disk, before uploads were kept in the database"),
            new LeftOut(
                    "import_job",
                    "file_gzipped",
                    "whether the server keeps the uploaded file compressed: the copy in files/ is as you"
                            + " uploaded it"),
            new LeftOut("import_job", "lease_owner", "which server runs the import: the servers' bookkeeping"),
            new LeftOut(
                    "import_job", "lease_until", "until when that server holds the import: the servers' bookkeeping"),
            new LeftOut(
                    "import_file_chunk",
                    null,
                    "your uploaded files, kept in pieces of 512 KiB: each is in the export whole, as"
                            + " files/<import>/<file name>"),
            new LeftOut(
                    "spring_session",
                    null,
                    "your signed-in page sessions (by email): they hold only the sign-in itself and end after"
                            + " 8 hours without a request"),
            new LeftOut("spring_session_attributes", null, "what those sessions hold"),
            new LeftOut(
                    "account_email",
                    null,
                    "your email again, as in account, kept apart so that no two accounts share one address"));

    /**
     * Where the export puts the file uploaded for an import: {@code files/<import id>/<its name>}
     * (a name that would leave that folder, "." or "..", or an empty one, becomes "upload").
     */
    public static String originalPath(long importId, String fileName) {
        String name = fileName == null ? "" : fileName.replace('/', '_').replace('\\', '_');
        if (name.isBlank() || name.equals(".") || name.equals("..")) {
            name = "upload";
        }
        return "files/" + importId + "/" + name;
    }

    /** The file of this table, if the export has one. */
    public static Optional<DataFile> fileOf(String table) {
        return FILES.stream().filter(f -> f.table().equals(table)).findFirst();
    }
}
