// Reads the Lighthouse JSON reports named on the command line, prints the four category scores of
// each as a Markdown table, and exits with 1 when one is below its bar (scripts/lighthouse.sh).
// With --performance REPORT it prints that report's performance score (0–100; -1 without one).
// With --finished REPORT it exits with 0 when Lighthouse finished the run (a report without a
// runtime error, such as a lost trace: NO_NAVSTART), else 1.
import { readFileSync } from "node:fs";
import { basename } from "node:path";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const BARS = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 };

if (process.argv[2] === "--finished") {
  try {
    const report = JSON.parse(readFileSync(process.argv[3], "utf8"));
    process.exit(report.runtimeError || !report.categories ? 1 : 0);
  } catch {
    process.exit(1);
  }
}

if (process.argv[2] === "--performance") {
  const report = JSON.parse(readFileSync(process.argv[3], "utf8"));
  const score = report.categories?.performance?.score;
  console.log(score === null || score === undefined ? -1 : Math.round(score * 100));
  process.exit(0);
}

const rows = [];
const failures = [];
for (const file of process.argv.slice(2)) {
  const report = JSON.parse(readFileSync(file, "utf8"));
  if (report.runtimeError) {
    failures.push(`${file}: Lighthouse could not test the page: ${report.runtimeError.message}`);
    continue;
  }
  const page = new URL(report.finalDisplayedUrl ?? report.requestedUrl).pathname;
  const formFactor = report.configSettings.formFactor;
  const scores = CATEGORIES.map((id) => {
    const category = report.categories[id];
    return category && category.score !== null ? Math.round(category.score * 100) : null;
  });
  rows.push(`| ${page} | ${formFactor} | ${scores.map((s) => (s === null ? "–" : s)).join(" | ")} |`);
  CATEGORIES.forEach((id, i) => {
    if (scores[i] === null || scores[i] < BARS[id]) {
      const below = report.categories[id]?.auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => report.audits[ref.id])
        .filter((audit) => audit.score !== null && audit.score < 1)
        .map((audit) => `${audit.id} (${audit.displayValue ?? audit.score})`);
      failures.push(`${page} (${formFactor}): ${id} ${scores[i] ?? "missing"} is below ${BARS[id]}`
        + (below && below.length ? `; audits that lost points: ${below.join(", ")}` : "")
        + ` [${basename(file)}]`);
    }
  });
}

console.log("| page | form factor | performance | accessibility | best practices | SEO |");
console.log("| --- | --- | --- | --- | --- | --- |");
rows.forEach((row) => console.log(row));
console.log(`\nBars: performance ${BARS.performance} (the best of up to three runs), accessibility, best practices and SEO 100.`);
if (failures.length) {
  failures.forEach((failure) => console.error(`lighthouse: ${failure}`));
  process.exit(1);
}
