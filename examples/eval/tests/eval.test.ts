/**
 * The evaluation set: every message in `messages/` is linted and compared with its labels in
 * `labels.json`; the test prints precision and recall per rule and fails when the rules miss too
 * much (overall recall < 0.9) or cry wolf (more than 5% of the clean messages get any finding from
 * the recommended preset).
 *
 * How a message is linted: the recommended preset, plus each strict or compliance rule that its
 * labels name (in `expect`, where it must fire, or in `quiet`, where it must stay silent), at the
 * severity and options its own preset gives it. Recall needs the labelled rule switched on; the
 * clean verdict is judged on the recommended preset alone, as the issue asks.
 *
 * Rules named in the labels that do not exist yet count as misses in the printed table, but the
 * pass/fail thresholds are computed over the rules that exist at run time, with a note that lists
 * the missing ones.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintText, presets, rules } from '@sincerely/lint';
import type { LintMessage, RuleEntry } from '@sincerely/lint';
import { describe, expect, it } from 'vitest';

/** A message's labels. */
interface Label {
  /** Rules that must report at least once on this message. */
  expect: string[];
  /** Strict or compliance rules to switch on here that must stay silent (precision checks). */
  quiet?: string[];
  /** What the message is and why it is labelled so. */
  note: string;
}

/** The outreach rules of issue 3, in its table's order: the table always lists these. */
const CATALOG = [
  'no-pitch-first',
  'no-time-grab',
  'no-false-urgency',
  'no-unverifiable-claims',
  'prefer-reader-focus',
  'no-guilt-trip',
  'no-hollow-opener',
  'no-manipulative-close',
  'no-buzzwords',
  'no-feature-dump',
  'no-pitch-in-care-touch',
  'no-templated-intimacy',
  'require-reader-question',
  'max-reading-grade',
  'no-shallow-personalization',
  'require-opt-out',
  'require-postal-address',
  'no-deceptive-subject',
] as const;

const catalog = new Set<string>(CATALOG);

const RECALL_THRESHOLD = 0.9;
const CLEAN_FINDING_RATE_THRESHOLD = 0.05;

/**
 * `SINCERELY_EVAL_DIR` points the test at another set laid out the same way (`messages/` and
 * `labels.json`), for example a team's own messages, or a hold-out set kept out of the repository.
 */
const evalFolder = process.env.SINCERELY_EVAL_DIR
  ? `${resolve(process.env.SINCERELY_EVAL_DIR)}/`
  : fileURLToPath(new URL('../', import.meta.url));
const messagesFolder = `${evalFolder}messages/`;
const labels = JSON.parse(readFileSync(`${evalFolder}labels.json`, 'utf8')) as Record<
  string,
  Label
>;
const files = readdirSync(messagesFolder).sort();

const recommendedRules = new Set(Object.keys(presets.recommended.rules ?? {}));
const existingRules = new Set(Object.keys(rules));

/** A finding, with the source text it points at, for the report. */
interface Finding {
  ruleId: string;
  line: number;
  column: number;
  text: string;
}

/** What linting one message gave. */
interface Outcome {
  file: string;
  label: Label;
  /** Findings of every rule that ran. */
  findings: Finding[];
  /** The rules that ran on this message. */
  ran: Set<string>;
  fatal: LintMessage[];
}

/** A strict or compliance rule's entry as its own preset sets it, else "warn". */
function presetEntry(ruleId: string): RuleEntry {
  return presets.strict.rules?.[ruleId] ?? presets.compliance.rules?.[ruleId] ?? 'warn';
}

function quote(text: string, message: LintMessage): string {
  const lines = text.split(/\r\n|\r|\n/u);
  const line = lines[message.line - 1] ?? '';
  const end =
    message.endLine === message.line && message.endColumn !== undefined
      ? message.endColumn - 1
      : line.length;
  return line.slice(message.column - 1, Math.max(end, message.column)).slice(0, 90);
}

function lintMessage(file: string): Outcome {
  const label = labels[file] as Label;
  const text = readFileSync(`${messagesFolder}${file}`, 'utf8');
  const optIn = [...new Set([...label.expect, ...(label.quiet ?? [])])].filter(
    (ruleId) => existingRules.has(ruleId) && !recommendedRules.has(ruleId),
  );
  const result = lintText(text, {
    filePath: `examples/eval/messages/${file}`,
    config: [
      presets.recommended,
      { rules: Object.fromEntries(optIn.map((ruleId) => [ruleId, presetEntry(ruleId)])) },
    ],
  });
  return {
    file,
    label,
    findings: result.messages
      .filter((message) => message.ruleId !== null)
      .map((message) => ({
        ruleId: message.ruleId as string,
        line: message.line,
        column: message.column,
        text: quote(text, message),
      })),
    ran: new Set([...recommendedRules, ...optIn]),
    fatal: result.messages.filter((message) => message.ruleId === null),
  };
}

/** Message-level counts for one rule. */
interface RuleScore {
  ruleId: string;
  exists: boolean;
  tp: number;
  fn: number;
  fp: number;
}

function ratio(part: number, whole: number): string {
  return whole === 0 ? '–' : (part / whole).toFixed(2);
}

/** Scores every rule that is in the catalog, labelled, or recommended. */
function scoreRules(outcomes: Outcome[]): RuleScore[] {
  const ids = new Set<string>(CATALOG);
  for (const { label } of outcomes) for (const id of label.expect) ids.add(id);
  for (const id of recommendedRules) ids.add(id);
  return [...ids].map((ruleId) => {
    const score: RuleScore = { ruleId, exists: existingRules.has(ruleId), tp: 0, fn: 0, fp: 0 };
    for (const outcome of outcomes) {
      const fired = outcome.findings.some((finding) => finding.ruleId === ruleId);
      const expected = outcome.label.expect.includes(ruleId);
      if (expected && fired) score.tp++;
      else if (expected) score.fn++;
      else if (fired) score.fp++;
    }
    return score;
  });
}

function formatTable(scores: RuleScore[]): string {
  const header = ['rule', 'labelled', 'caught', 'missed', 'false alarms', 'precision', 'recall'];
  const rows = scores
    .filter((score) => score.tp + score.fn + score.fp > 0 || catalog.has(score.ruleId))
    .map((score) => [
      score.exists ? score.ruleId : `${score.ruleId} (missing)`,
      String(score.tp + score.fn),
      String(score.tp),
      String(score.fn),
      String(score.fp),
      ratio(score.tp, score.tp + score.fp),
      ratio(score.tp, score.tp + score.fn),
    ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] as string).length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => {
        const width = widths[column] as number;
        return column === 0 ? cell.padEnd(width) : cell.padStart(width);
      })
      .join('  ');
  return [
    line(header),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map(line),
  ].join('\n');
}

function describeMisses(outcomes: Outcome[]): string[] {
  const lines: string[] = [];
  for (const outcome of outcomes) {
    for (const ruleId of outcome.label.expect) {
      if (!existingRules.has(ruleId)) continue;
      if (!outcome.findings.some((finding) => finding.ruleId === ruleId)) {
        lines.push(`  miss  ${ruleId}  ${outcome.file}: ${outcome.label.note}`);
      }
    }
  }
  return lines;
}

function describeFalseAlarms(outcomes: Outcome[]): string[] {
  return outcomes.flatMap((outcome) =>
    outcome.findings
      .filter((finding) => !outcome.label.expect.includes(finding.ruleId))
      .map(
        (finding) =>
          `  false alarm  ${finding.ruleId}  ${outcome.file}:${finding.line}:${finding.column}  "${finding.text}"`,
      ),
  );
}

describe('examples/eval', () => {
  it('labels every message, and only with known rule ids', () => {
    if (!process.env.SINCERELY_EVAL_DIR) expect(files.length).toBeGreaterThanOrEqual(80);
    expect(Object.keys(labels).sort()).toEqual(files);
    const known = new Set<string>([...CATALOG, ...existingRules]);
    for (const [file, label] of Object.entries(labels)) {
      for (const ruleId of [...label.expect, ...(label.quiet ?? [])]) {
        expect(known.has(ruleId), `${file} names unknown rule "${ruleId}"`).toBe(true);
      }
      for (const ruleId of label.quiet ?? []) {
        expect(recommendedRules.has(ruleId), `${file}: "quiet" is for opt-in rules`).toBe(false);
        expect(label.expect.includes(ruleId), `${file}: "${ruleId}" both expected and quiet`).toBe(
          false,
        );
      }
    }
    const clean = files.filter((file) => labels[file]?.expect.length === 0).length;
    expect(clean / files.length).toBeGreaterThanOrEqual(0.4);
    expect(clean / files.length).toBeLessThanOrEqual(0.6);
  });

  it('meets the recall and clean-message thresholds', () => {
    const outcomes = files.map(lintMessage);
    for (const outcome of outcomes) expect(outcome.fatal, `${outcome.file} must parse`).toEqual([]);

    const scores = scoreRules(outcomes);
    const existing = scores.filter((score) => score.exists);
    const missing = scores.filter((score) => !score.exists && score.tp + score.fn > 0);
    const sum = (list: RuleScore[], key: 'tp' | 'fn' | 'fp') =>
      list.reduce((total, score) => total + score[key], 0);
    const recall = sum(existing, 'tp') / (sum(existing, 'tp') + sum(existing, 'fn'));
    const recallWithMissing = sum(scores, 'tp') / (sum(scores, 'tp') + sum(scores, 'fn'));

    const clean = outcomes.filter((outcome) => outcome.label.expect.length === 0);
    const noisy = clean.filter((outcome) =>
      outcome.findings.some((finding) => recommendedRules.has(finding.ruleId)),
    );
    const noisyRate = noisy.length / clean.length;

    const report = [
      '',
      `Evaluation set: ${outcomes.length} messages, ${outcomes.length - clean.length} with known problems, ${clean.length} clean.`,
      '',
      formatTable(scores),
      '',
      `Overall recall over existing rules: ${recall.toFixed(3)} (threshold ${RECALL_THRESHOLD}).`,
      `Overall recall counting missing rules as misses: ${recallWithMissing.toFixed(3)}.`,
      `Clean messages with a recommended-preset finding: ${noisy.length}/${clean.length} = ${(noisyRate * 100).toFixed(1)}% (threshold ${CLEAN_FINDING_RATE_THRESHOLD * 100}%).`,
      missing.length > 0
        ? `Note: not written yet, so left out of the thresholds: ${missing.map((score) => score.ruleId).join(', ')}.`
        : 'Every labelled rule exists.',
      '',
      'Misses (existing rules):',
      ...describeMisses(outcomes),
      '',
      'False alarms:',
      ...describeFalseAlarms(outcomes),
      '',
    ].join('\n');
    console.log(report);

    expect(recall, 'overall recall over existing rules').toBeGreaterThanOrEqual(RECALL_THRESHOLD);
    expect(noisyRate, 'share of clean messages with a recommended finding').toBeLessThanOrEqual(
      CLEAN_FINDING_RATE_THRESHOLD,
    );
  });
});
