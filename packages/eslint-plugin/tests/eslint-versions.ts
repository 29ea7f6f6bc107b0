/** The ESLint versions the plugin supports, lowest and newest: every ESLint test runs on both. */
import * as eslint10 from 'eslint';
import * as eslint9 from 'eslint-v9';

/** A Linter constructor, typed as ESLint 10's (9.15's API is the subset the tests use). */
export type LinterClass = typeof eslint10.Linter;

/** `[label, module]` pairs for `describe.each`. */
export const eslintVersions: readonly {
  label: string;
  Linter: LinterClass;
  ESLint: typeof eslint10.ESLint;
}[] = [
  { label: `eslint ${eslint10.Linter.version}`, Linter: eslint10.Linter, ESLint: eslint10.ESLint },
  {
    label: `eslint ${eslint9.Linter.version}`,
    Linter: eslint9.Linter as unknown as LinterClass,
    ESLint: eslint9.ESLint as unknown as typeof eslint10.ESLint,
  },
];
