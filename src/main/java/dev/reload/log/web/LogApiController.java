package dev.reload.log.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.PersonalClock;
import dev.reload.log.CheckInEntry;
import dev.reload.log.CheckInService;
import dev.reload.log.CheckInView;
import dev.reload.log.SessionEntry;
import dev.reload.log.SessionService;
import dev.reload.log.SessionView;
import dev.reload.log.ShoeEntry;
import dev.reload.log.ShoeService;
import dev.reload.log.ShoeView;
import dev.reload.log.StrengthEntry;
import dev.reload.log.StrengthService;
import dev.reload.log.StrengthView;
import dev.reload.plan.PlausibleDate;
import dev.reload.system.web.GatedPatient;
import dev.reload.system.web.InvalidFieldException;
import dev.reload.system.web.PatientRead;

/** The log over the API: sessions, check-ins, strength work and shoes of the caller's account. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Log")
class LogApiController {

    private static final String NOT_IN_TRASH =
            "Not among the caller's deletions of the last 24 hours: never deleted, restored already, or deleted"
                    + " longer ago";

    /** How far back a listing reaches when {@code from} is not given. */
    private static final int DEFAULT_DAYS = 90;

    private final SessionService sessions;
    private final CheckInService checkIns;
    private final StrengthService strength;
    private final ShoeService shoes;
    private final PersonalClock clock;

    LogApiController(
            SessionService sessions,
            CheckInService checkIns,
            StrengthService strength,
            ShoeService shoes,
            PersonalClock clock) {
        this.sessions = sessions;
        this.checkIns = checkIns;
        this.strength = strength;
        this.shoes = shoes;
        this.clock = clock;
    }

    @PostMapping("/sessions")
    @Operation(summary = "Log an activity session")
    @ApiResponse(responseCode = "201", description = "The session, logged")
    ResponseEntity<SessionView> addSession(
            @AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody SessionEntry session) {
        SessionView saved = sessions.add(me.accountId(), session);
        return ResponseEntity.created(URI.create("/api/v1/sessions/" + saved.id()))
                .body(saved);
    }

    @GetMapping("/sessions")
    @Operation(summary = "Sessions between two days (default: the last 90 days)")
    List<SessionView> sessions(
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @PlausibleDate LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @PlausibleDate LocalDate to) {
        Range range = range(me, from, to);
        return sessions.between(me.accountId(), range.from(), range.to());
    }

    @GetMapping("/patients/{accountId}/sessions")
    @PatientRead("audit.what.sessions")
    @Operation(
            summary = "A linked patient's sessions between two days (clinicians; default: the last 90 days)",
            description = "The same answer as the patient's own GET /api/v1/sessions. 404 for a patient not"
                    + " linked to the caller. The read is in the patient's audit trail.")
    @ApiResponse(responseCode = "200", description = "The sessions, oldest first")
    @ApiResponse(responseCode = "403", description = "The account is not a clinician")
    @ApiResponse(responseCode = "404", description = "No linked patient has this id")
    List<SessionView> patientSessions(
            @PathVariable long accountId,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @PlausibleDate LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @PlausibleDate LocalDate to,
            HttpServletRequest request) {
        AccountId patient = new AccountId(GatedPatient.of(request));
        Range range = range(patient, from, to);
        return sessions.between(patient, range.from(), range.to());
    }

    @GetMapping("/sessions/{id}")
    SessionView session(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return sessions.find(me.accountId(), id);
    }

    @PutMapping("/sessions/{id}")
    @Operation(summary = "Change a session")
    SessionView updateSession(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable long id,
            @Valid @RequestBody SessionEntry session) {
        return sessions.update(me.accountId(), id, session);
    }

    @DeleteMapping("/sessions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteSession(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        sessions.delete(me.accountId(), id);
    }

    @PostMapping("/sessions/{id}/restore")
    @Operation(summary = "Undo the delete of a session (for 24 hours after it), with its id")
    @ApiResponse(responseCode = "200", description = "The session, back in the log as it was")
    @ApiResponse(responseCode = "404", description = NOT_IN_TRASH)
    SessionView restoreSession(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return sessions.restore(me.accountId(), id);
    }

    @PostMapping("/checkins")
    @Operation(summary = "Log the morning check-in (one per day)")
    @ApiResponse(responseCode = "201", description = "The check-in, logged")
    ResponseEntity<CheckInView> addCheckIn(
            @AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody CheckInEntry checkIn) {
        CheckInView saved = checkIns.add(me.accountId(), checkIn);
        return ResponseEntity.created(URI.create("/api/v1/checkins/" + saved.id()))
                .body(saved);
    }

    @GetMapping("/checkins")
    @Operation(summary = "Check-ins between two days (default: the last 90 days)")
    List<CheckInView> checkIns(
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @PlausibleDate LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @PlausibleDate LocalDate to) {
        Range range = range(me, from, to);
        return checkIns.between(me.accountId(), range.from(), range.to());
    }

    @GetMapping("/checkins/{id}")
    CheckInView checkIn(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return checkIns.find(me.accountId(), id);
    }

    @PutMapping("/checkins/{id}")
    CheckInView updateCheckIn(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable long id,
            @Valid @RequestBody CheckInEntry checkIn) {
        return checkIns.update(me.accountId(), id, checkIn);
    }

    @DeleteMapping("/checkins/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteCheckIn(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        checkIns.delete(me.accountId(), id);
    }

    @PostMapping("/checkins/{id}/restore")
    @Operation(summary = "Undo the delete of a check-in (for 24 hours after it), with its id")
    @ApiResponse(responseCode = "200", description = "The check-in, back in the log as it was")
    @ApiResponse(responseCode = "404", description = NOT_IN_TRASH)
    @ApiResponse(
            responseCode = "409",
            description = "Its day has another check-in now (one a day); nothing changed, it can still be restored")
    CheckInView restoreCheckIn(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return checkIns.restore(me.accountId(), id);
    }

    @PostMapping("/strength")
    @Operation(summary = "Log a strength exercise")
    @ApiResponse(responseCode = "201", description = "The strength work, logged")
    ResponseEntity<StrengthView> addStrength(
            @AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody StrengthEntry set) {
        StrengthView saved = strength.add(me.accountId(), set);
        return ResponseEntity.created(URI.create("/api/v1/strength/" + saved.id()))
                .body(saved);
    }

    @GetMapping("/strength")
    @Operation(summary = "Strength work between two days (default: the last 90 days)")
    List<StrengthView> strength(
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @PlausibleDate LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @PlausibleDate LocalDate to) {
        Range range = range(me, from, to);
        return strength.between(me.accountId(), range.from(), range.to());
    }

    @GetMapping("/strength/{id}")
    StrengthView strengthSet(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return strength.find(me.accountId(), id);
    }

    @PutMapping("/strength/{id}")
    StrengthView updateStrength(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable long id,
            @Valid @RequestBody StrengthEntry set) {
        return strength.update(me.accountId(), id, set);
    }

    @DeleteMapping("/strength/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteStrength(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        strength.delete(me.accountId(), id);
    }

    @PostMapping("/strength/{id}/restore")
    @Operation(summary = "Undo the delete of a strength entry (for 24 hours after it), with its id")
    @ApiResponse(responseCode = "200", description = "The strength entry, back in the log as it was")
    @ApiResponse(responseCode = "404", description = NOT_IN_TRASH)
    StrengthView restoreStrength(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return strength.restore(me.accountId(), id);
    }

    @PostMapping("/shoes")
    @Operation(summary = "Add a pair of shoes")
    @ApiResponse(responseCode = "201", description = "The shoes, added")
    ResponseEntity<ShoeView> addShoe(@AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody ShoeEntry shoe) {
        ShoeView saved = shoes.add(me.accountId(), shoe);
        return ResponseEntity.created(URI.create("/api/v1/shoes/" + saved.id())).body(saved);
    }

    @GetMapping("/shoes")
    @Operation(summary = "The account's shoes with their kilometres")
    List<ShoeView> shoes(@AuthenticationPrincipal AccountPrincipal me) {
        return shoes.all(me.accountId());
    }

    @PutMapping("/shoes/{id}")
    ShoeView updateShoe(
            @AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @Valid @RequestBody ShoeEntry shoe) {
        return shoes.update(me.accountId(), id, shoe);
    }

    @DeleteMapping("/shoes/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteShoe(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        shoes.delete(me.accountId(), id);
    }

    @PostMapping("/shoes/{id}/restore")
    @Operation(summary = "Undo the delete of a pair of shoes (for 24 hours after it), with its id and sessions")
    @ApiResponse(responseCode = "200", description = "The shoes, back on the sessions they were on")
    @ApiResponse(responseCode = "404", description = NOT_IN_TRASH)
    ShoeView restoreShoe(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return shoes.restore(me.accountId(), id);
    }

    private record Range(LocalDate from, LocalDate to) {}

    private Range range(AccountPrincipal me, LocalDate from, LocalDate to) {
        return range(me.accountId(), from, to);
    }

    private Range range(AccountId owner, LocalDate from, LocalDate to) {
        LocalDate end = to == null ? clock.today(owner).plusDays(1) : to;
        LocalDate start = from == null ? end.minusDays(DEFAULT_DAYS) : from;
        if (start.isAfter(end)) {
            throw new InvalidFieldException("from", "must not be after to");
        }
        return new Range(start, end);
    }
}
