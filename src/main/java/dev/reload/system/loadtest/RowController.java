package dev.reload.system.loadtest;

import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bare Spring MVC endpoint of the load test (issue 15, point 4): {@code GET /loadtest/row?id=N}
 * reads one account's id and display name by its primary key through {@link JdbcClient} and
 * answers them as JSON, 404 for an id without an account. It passes the same servlet filters and
 * the website's security chain as every page, without a sign-in, so that the mix of real requests
 * can be set against what the stack costs when a request does almost nothing. Only in the
 * {@code loadtest} profile; the security configuration permits it only there.
 */
@RestController
@Profile(RowController.PROFILE)
class RowController {

    static final String PROFILE = "loadtest";

    private final JdbcClient jdbc;

    RowController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/loadtest/row")
    ResponseEntity<Row> row(@RequestParam long id) {
        return ResponseEntity.of(jdbc.sql("SELECT id, display_name FROM account WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("display_name")))
                .optional());
    }

    record Row(long id, String displayName) {}
}
