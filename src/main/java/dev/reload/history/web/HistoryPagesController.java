package dev.reload.history.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountService;
import dev.reload.advice.engine.load.HistoryFinding;
import dev.reload.advice.engine.load.HistoryWeek;
import dev.reload.history.HistoryService;
import dev.reload.history.HistoryService.WhatWentWrong;
import dev.reload.history.ImportProgress;
import dev.reload.history.ImportService;
import dev.reload.library.LibraryLinks;
import dev.reload.log.SessionService;
import dev.reload.system.web.InvalidFieldException;

/** The import page (upload, progress, result) and the "What went wrong" page. */
@Controller
class HistoryPagesController {

    static final String IMPORT_VIEW = "history/import";
    static final String PROGRESS_FRAGMENT = "history/import :: progress";
    static final String WHAT_WENT_WRONG_VIEW = "history/what-went-wrong";

    /** How many of the sessions an import brought in its result lists; the whole log has them all. */
    static final int LISTED_SESSIONS = 50;

    private final ImportService imports;
    private final HistoryService history;
    private final SessionService sessions;
    private final AccountService accounts;
    private final JsonMapper json;

    HistoryPagesController(
            ImportService imports,
            HistoryService history,
            SessionService sessions,
            AccountService accounts,
            JsonMapper json) {
        this.imports = imports;
        this.history = history;
        this.sessions = sessions;
        this.accounts = accounts;
        this.json = json;
    }

    @GetMapping("/history/import")
    String importPage(
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) Long id,
            @RequestParam(required = false) String tooLarge,
            @RequestParam(required = false) String unreadable,
            @RequestParam(required = false) String noSpace,
            Model model) {
        Optional<ImportProgress> job =
                id != null ? Optional.of(imports.progress(me.accountId(), id)) : imports.latest(me.accountId());
        job.ifPresent(j -> withJob(me, j, model));
        if (tooLarge != null) {
            model.addAttribute("uploadError", "history.import.tooLarge");
        } else if (unreadable != null) {
            model.addAttribute("uploadError", "history.import.unreadable");
        } else if (noSpace != null) {
            model.addAttribute("uploadError", "history.import.noSpace");
        }
        return IMPORT_VIEW;
    }

    @PostMapping("/history/import")
    String upload(
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("uploadError", "history.import.missing");
            return IMPORT_VIEW;
        }
        try (InputStream in = file.getInputStream()) {
            long id = imports.start(me.accountId(), file.getOriginalFilename(), in);
            return "redirect:/history/import?id=" + id;
        } catch (InvalidFieldException e) {
            model.addAttribute("uploadError", "history.import.wrongKind");
            return IMPORT_VIEW;
        }
    }

    /** The progress card alone, polled by htmx every second until the import ends. */
    @GetMapping("/history/import/{id}/progress")
    String progress(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
        withJob(me, imports.progress(me.accountId(), id), model);
        return PROGRESS_FRAGMENT;
    }

    /** The job, and once it has ended the first sessions it brought in, to link to in the log. */
    private void withJob(AccountPrincipal me, ImportProgress job, Model model) {
        model.addAttribute("job", job);
        if (job.finished()) {
            model.addAttribute(
                    "brought",
                    job.imported() == 0 ? List.of() : sessions.importedBy(me.accountId(), job.id(), LISTED_SESSIONS));
            model.addAttribute("distanceUnit", accounts.distanceUnit(me.accountId()));
        }
    }

    @GetMapping("/history")
    String whatWentWrong(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        history.whatWentWrong(me.accountId()).ifPresent(w -> {
            model.addAttribute("history", w);
            model.addAttribute("findings", w.analysis().whatWentWrong());
            model.addAttribute(
                    "ruleLinks",
                    LibraryLinks.forRules(w.analysis().whatWentWrong().stream().map(HistoryFinding::rule)));
            model.addAttribute("noActivity", w.weeks().stream().allMatch(week -> week.volume() == 0));
            model.addAttribute(
                    "rows",
                    w.weeks().stream()
                            .map(week -> new WeekRow(week, week.start().format(WEEK_OF), findingsOf(w, week)))
                            .toList());
            model.addAttribute("chart", json.writeValueAsString(chart(w)));
        });
        return WHAT_WENT_WRONG_VIEW;
    }

    /** One week of the timeline, written as the chart's axis writes it, with the findings that concern it. */
    record WeekRow(HistoryWeek week, String label, List<HistoryFinding> findings) {}

    static List<HistoryFinding> findingsOf(WhatWentWrong w, HistoryWeek week) {
        return w.analysis().whatWentWrong().stream()
                .filter(f -> !f.date().isBefore(week.start())
                        && !f.date().isAfter(week.start().plusDays(6)))
                .toList();
    }

    /** How the chart's axis and the table write a week: "5 Jan 2026". */
    static final DateTimeFormatter WEEK_OF = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /**
     * What the chart script draws: the weeks' volumes, their highest daily ratios (the ones the
     * findings name), and the weeks with a finding.
     */
    static Map<String, Object> chart(WhatWentWrong w) {
        List<String> labels = new ArrayList<>();
        List<Double> volume = new ArrayList<>();
        List<Double> ratio = new ArrayList<>();
        List<Integer> flagged = new ArrayList<>();
        for (HistoryWeek week : w.weeks()) {
            labels.add(week.start().format(WEEK_OF)); // as the table writes it
            volume.add(HistoryPreviewController.round(week.volume()));
            ratio.add(HistoryPreviewController.round(week.acwrPeak())); // the ratio R6.acwr names
            flagged.add(findingsOf(w, week).size());
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", labels);
        chart.put("volume", volume);
        chart.put("ratio", ratio);
        chart.put("findings", flagged);
        chart.put("activity", w.activity());
        return chart;
    }
}
