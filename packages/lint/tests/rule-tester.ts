/**
 * A rule tester in the shape of ESLint's `RuleTester`, wired to Vitest's `describe`/`it`.
 *
 * It runs one rule (registered or not) through the standalone runner and checks every invalid
 * case strictly: the exact number of messages, each one's `messageId`, `data` (when the message has
 * placeholders), full range, suggestions and their output, and the fix `output`. Fixed output must
 * parse, and fixing it again must change nothing.
 */
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../src/config/config-types.js';
import { validateRuleOptions } from '../src/config/validate-config.js';
import type { LintMessage, LintResult } from '../src/lint-result.js';
import { lintWithConfig } from '../src/linter.js';
import { interpolate } from '../src/messages/interpolate.js';
import type { AnyRule, LintContext } from '../src/rule.js';

/** A case that must produce no message. */
export interface ValidCase {
  /** A test title; the code when absent. */
  name?: string;
  code: string;
  /** Sets the syntax by extension (`.hbs`, `.liquid`, `.html`, `.md`, `.txt`). */
  filename?: string;
  options?: unknown[];
  /** Recipient context, as `lintText`'s `context`. */
  context?: LintContext;
  /** Run only this case (Vitest's `it.only`). */
  only?: boolean;
}

/** An expected suggestion. */
export interface SuggestionAssertion {
  messageId: string;
  data?: Record<string, string | number>;
  /** The code with the suggestion applied. */
  output: string;
}

/** An expected message. All four position fields are required. */
export interface ErrorAssertion {
  messageId: string;
  data?: Record<string, string | number>;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The suggestions, in order; required when the message has any. */
  suggestions?: SuggestionAssertion[] | null;
}

/** A case that must produce exactly `errors`. */
export interface InvalidCase extends ValidCase {
  errors: ErrorAssertion[];
  /** The code after fixing; `null` or absent when no fix applies. */
  output?: string | null;
}

/** The valid and invalid cases of one rule. */
export interface RuleTests {
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
}

const POSITION_KEYS = ['line', 'column', 'endLine', 'endColumn'] as const;

function title(testCase: ValidCase): string {
  if (testCase.name) return testCase.name;
  const code = testCase.code.replace(/\n/gu, '⏎');
  const shown = code.length > 70 ? `${code.slice(0, 67)}…` : code;
  return testCase.filename ? `${shown} (${testCase.filename})` : shown;
}

function describeMessages(messages: readonly LintMessage[]): string {
  if (messages.length === 0) return '  (none)';
  return messages
    .map(
      (message) =>
        `  ${message.line}:${message.column}-${message.endLine ?? '?'}:${message.endColumn ?? '?'} ` +
        `${message.ruleId ?? '(no rule)'}/${message.messageId ?? '-'}: ${message.message}`,
    )
    .join('\n');
}

function applyOneFix(code: string, fix: { range: [number, number]; text: string }): string {
  const bom = code.startsWith('\uFEFF') ? '\uFEFF' : '';
  const source = bom ? code.slice(1) : code;
  return bom + source.slice(0, fix.range[0]) + fix.text + source.slice(fix.range[1]);
}

/** Runs rules' valid and invalid cases as Vitest tests. */
export class RuleTester {
  readonly #defaults: { filename?: string; context?: LintContext };

  /** @param defaults a filename and context used by cases that give none. */
  constructor(defaults: { filename?: string; context?: LintContext } = {}) {
    this.#defaults = defaults;
  }

  /**
   * Declares a `describe(name)` block with one `it` per case.
   *
   * @example
   * new RuleTester().run('no-shouting', rule, { valid: ['Hello there.'], invalid: [ … ] });
   */
  run(name: string, rule: AnyRule, tests: RuleTests): void {
    describe(name, () => {
      describe('valid', () => {
        for (const item of tests.valid) {
          const testCase = typeof item === 'string' ? { code: item } : item;
          (testCase.only ? it.only : it)(title(testCase), () => {
            this.checkValid(name, rule, testCase);
          });
        }
      });
      describe('invalid', () => {
        for (const testCase of tests.invalid) {
          (testCase.only ? it.only : it)(title(testCase), () => {
            this.checkInvalid(name, rule, testCase);
          });
        }
      });
    });
  }

  /**
   * Checks one valid case outside `run` (for testing the tester).
   *
   * @throws when the case produces a message or does not parse.
   */
  checkValid(name: string, rule: AnyRule, testCase: ValidCase): void {
    const result = this.#lint(name, rule, testCase, false);
    this.#expectParsed(result, testCase.code);
    if (result.messages.length > 0) {
      throw new Error(
        `Expected no messages for a valid case, got ${result.messages.length}:\n${describeMessages(result.messages)}`,
      );
    }
  }

  #lint(name: string, rule: AnyRule, testCase: ValidCase, fix: boolean): LintResult {
    const options = testCase.options ?? [];
    const problems = validateRuleOptions(rule, options);
    if (problems.length > 0) {
      throw new Error(`The case's options are invalid for "${name}": ${problems.join('; ')}.`);
    }
    const config: ResolvedConfig = {
      rules: { [name]: [2, ...options] },
      languageOptions: {},
      settings: {},
      reportUnusedDirectives: 0,
    };
    const filePath = testCase.filename ?? this.#defaults.filename;
    const context = testCase.context ?? this.#defaults.context;
    return lintWithConfig(testCase.code, {
      config,
      rules: { [name]: rule },
      ...(filePath !== undefined ? { filePath } : {}),
      ...(context ? { context } : {}),
      fix,
    });
  }

  #expectParsed(result: LintResult, code: string): void {
    const fatal = result.messages.find((message) => message.fatal);
    if (fatal) {
      throw new Error(
        `The code did not parse (${fatal.line}:${fatal.column} ${fatal.message}):\n${code}`,
      );
    }
  }

  /**
   * Checks one invalid case outside `run` (for testing the tester).
   *
   * @throws when anything differs from the case's assertions.
   */
  checkInvalid(name: string, rule: AnyRule, testCase: InvalidCase): void {
    if (!Array.isArray(testCase.errors) || testCase.errors.length === 0) {
      throw new Error('An invalid case must assert at least one error.');
    }
    const result = this.#lint(name, rule, testCase, false);
    this.#expectParsed(result, testCase.code);
    const actual = result.messages;
    if (actual.length !== testCase.errors.length) {
      throw new Error(
        `Expected ${testCase.errors.length} message(s), got ${actual.length}:\n${describeMessages(actual)}`,
      );
    }
    testCase.errors.forEach((expected, index) => {
      const message = actual[index] as LintMessage;
      const at = `Message ${index + 1} (${message.line}:${message.column} ${message.messageId ?? message.message})`;
      expect(message.ruleId, `${at}: ruleId`).toBe(name);
      if (typeof expected.messageId !== 'string') throw new Error(`${at}: assert its messageId.`);
      expect(message.messageId, `${at}: messageId`).toBe(expected.messageId);
      for (const key of POSITION_KEYS) {
        if (typeof expected[key] !== 'number') throw new Error(`${at}: assert its ${key}.`);
      }
      expect(
        {
          line: message.line,
          column: message.column,
          endLine: message.endLine,
          endColumn: message.endColumn,
        },
        `${at}: position`,
      ).toEqual({
        line: expected.line,
        column: expected.column,
        endLine: expected.endLine,
        endColumn: expected.endColumn,
      });
      const template = rule.meta.messages[expected.messageId] as string;
      if (/\{\{\s*[^{}\s]+?\s*\}\}/u.test(template) && !expected.data) {
        throw new Error(`${at}: the message has placeholders; assert its data.`);
      }
      expect(message.message, `${at}: message text from data`).toBe(
        interpolate(template, expected.data),
      );
      this.#checkSuggestions(name, rule, testCase, message, expected, at);
    });
    this.#checkOutput(name, rule, testCase, result);
  }

  #checkSuggestions(
    name: string,
    rule: AnyRule,
    testCase: InvalidCase,
    message: LintMessage,
    expected: ErrorAssertion,
    at: string,
  ): void {
    const suggestions = message.suggestions ?? [];
    if (expected.suggestions === undefined) {
      if (suggestions.length > 0) {
        throw new Error(
          `${at}: it has ${suggestions.length} suggestion(s); assert them with "suggestions".`,
        );
      }
      return;
    }
    const wanted = expected.suggestions ?? [];
    expect(suggestions.length, `${at}: number of suggestions`).toBe(wanted.length);
    wanted.forEach((suggestion, index) => {
      const got = suggestions[index]!;
      const where = `${at}, suggestion ${index + 1}`;
      expect(got.messageId, `${where}: messageId`).toBe(suggestion.messageId);
      const template = rule.meta.messages[suggestion.messageId] as string;
      expect(got.desc, `${where}: description from data`).toBe(
        interpolate(template, suggestion.data),
      );
      const output = applyOneFix(testCase.code, got.fix);
      expect(output, `${where}: output`).toBe(suggestion.output);
      const reparsed = this.#lint(name, rule, { ...testCase, code: output }, false);
      this.#expectParsed(reparsed, output);
    });
  }

  #checkOutput(name: string, rule: AnyRule, testCase: InvalidCase, unfixed: LintResult): void {
    const fixed = this.#lint(name, rule, testCase, true);
    if (testCase.output === undefined || testCase.output === null) {
      if (fixed.output !== undefined) {
        throw new Error(
          `Expected no autofix, but fixing gave:\n${fixed.output}\nAssert it with "output".`,
        );
      }
      expect(unfixed.fixableErrorCount + unfixed.fixableWarningCount, 'fixable count').toBe(0);
      return;
    }
    if (testCase.output === testCase.code) {
      throw new Error(
        '"output" equals "code"; omit "output" (or set it to null) when no fix applies.',
      );
    }
    expect(fixed.output, 'output after fixing').toBe(testCase.output);
    const again = this.#lint(name, rule, { ...testCase, code: testCase.output }, true);
    this.#expectParsed(again, testCase.output);
    if (again.output !== undefined) {
      throw new Error(
        `Fixing is not stable: fixing the output again changed it to:\n${again.output}`,
      );
    }
  }
}
