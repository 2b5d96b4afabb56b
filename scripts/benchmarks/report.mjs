// One line per figure: name, measured value, goal, and "met" or "short" (or "n/a" with the
// reason, when a goal does not apply by design). Details that explain a figure (which long
// tasks, which Lighthouse audits) go on indented lines below it, so the app team can act on
// them. The summary counts figures; the bench exits non-zero when any goal is short.

const NAME = 50;
const VALUE = 40;

export class Report {
  constructor() {
    this.met = 0;
    this.short = [];
    this.skipped = 0;
  }

  section(title) {
    console.log(`\n## ${title}`);
  }

  /** A figure with its goal; `met` says whether the measured value reaches it. */
  figure(name, value, goal, met, details = []) {
    if (met) this.met += 1;
    else this.short.push(name);
    this.#line(name, value, goal, met ? "met" : "short");
    this.details(details);
  }

  /** A figure whose goal does not apply to this page, with the reason. */
  notApplicable(name, value, goal, reason, details = []) {
    this.skipped += 1;
    this.#line(name, value, goal, `n/a: ${reason}`);
    this.details(details);
  }

  /** A figure reported without a goal. */
  info(name, value, details = []) {
    this.#line(name, value, "(no goal)", "reported");
    this.details(details);
  }

  /** A measurement that could not be made counts as short: a gate must not pass on silence. */
  failed(name, error) {
    this.figure(name, "could not be measured", "-", false, [String(error?.stack ?? error).split("\n").slice(0, 3).join(" | ")]);
  }

  details(lines) {
    for (const line of lines) console.log(`    ${line}`);
  }

  /** Prints the counts; true when every goal was met. */
  summary() {
    console.log("\n## Summary");
    const total = this.met + this.short.length;
    const na = this.skipped ? `, ${this.skipped} n/a` : "";
    console.log(`${this.met} of ${total} goals met, ${this.short.length} short${na}`);
    for (const name of this.short) console.log(`  short: ${name}`);
    return this.short.length === 0;
  }

  #line(name, value, goal, verdict) {
    console.log(`${name.padEnd(NAME)} ${String(value).padEnd(VALUE)} ${String(goal).padEnd(12)} ${verdict}`);
  }
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * How many times `a`'s values are `b`'s, as the Hodges–Lehmann estimator reads it: the median
 * of the ratios of every value of `a` to every value of `b`. For two samples of visits it
 * is steadier than the ratio of the two medians (see LCP_RUNS in browser.mjs).
 */
export const medianRatio = (a, b) => Math.exp(median(a.flatMap((x) => b.map((y) => Math.log(x / y)))));

/** The q-quantile of `values` (nearest rank). */
export const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
};

export const ms = (value) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
