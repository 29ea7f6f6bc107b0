/**
 * An invalid config. The message names the config's source, the object, the key and the bad value,
 * one problem per line, e.g.
 * `sincerely.config.js: config[1].rules["max-words"]: option "max" must be a number ≥ 1, got "lots".`
 */
export class ConfigError extends Error {
  readonly code = 'SINCERELY_CONFIG';
  /** Every problem found, one sentence each. */
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
    this.problems = problems;
  }
}
