package dev.reload.progress.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.reload.account.AccountPrincipal;
import dev.reload.progress.Progress;
import dev.reload.progress.ProgressService;

/** The progress page's series over the API (decision 0015). */
@RestController
@RequestMapping("/api/v1/progress")
@Tag(name = "Progress")
class ProgressApiController {

    private final ProgressService progress;

    ProgressApiController(ProgressService progress) {
        this.progress = progress;
    }

    @GetMapping
    @Operation(
            summary = "The plan's course as the progress page charts it",
            description = "On the caller's today: the last 26 plan weeks (volume, dose in force, goal, guard band"
                    + " from the last tolerated week's volume to that plus one step, phase, light; planned and done"
                    + " sessions and strength days), the last 56 days (the target activity's volume, pain during,"
                    + " after and next morning, the exponentially weighted acute:chronic ratio of R6.acwr), strength"
                    + " per exercise family with progressions and regressions, the whole plan by month when it is"
                    + " longer than 26 weeks, and the rules' lines (pain zones 4 and 6, ratio lines 0.8, 1.3, 1.5)."
                    + " state is NO_PLAN without an active plan, NO_DATA when nothing is logged yet.")
    @ApiResponse(responseCode = "200", description = "The series")
    @ApiResponse(responseCode = "401", description = "No valid API token: send Authorization: Bearer <token>")
    @ApiResponse(responseCode = "500", description = "Something went wrong on our side")
    Progress progress(@AuthenticationPrincipal AccountPrincipal me) {
        return progress.progress(me.accountId());
    }
}
