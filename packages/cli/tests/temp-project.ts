/** Real folders under the OS temp dir for CLI tests, removed when the test finishes. */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { onTestFinished } from 'vitest';

/** Templates the CLI tests lint, written as a salesperson would. */
export const TEMPLATES = {
  /** No findings with the recommended preset. */
  clean:
    'Hi Maria,\n\nThanks for the tour of the new clinic on Tuesday. The checklist I mentioned is attached; page two covers the overtime rules in Colorado.\n\nWould it help if I sent the shift template your managers asked about?\n\nBest,\nSam\n',
  /** One fixable warning (no-shouting on "!!"). */
  shouting:
    'Hi Maria,\n\nThanks for the tour of the new clinic on Tuesday!!\n\nWould it help if I sent the shift template your managers asked about?\n\nBest,\nSam\n',
  /** One error (no-unfilled-placeholder). */
  placeholder:
    'Hi [FIRST NAME],\n\nThanks for the tour of the new clinic on Tuesday. The checklist I mentioned is attached.\n\nBest,\nSam\n',
} as const;

/**
 * Creates a temp folder holding `files` (relative path → text) and removes it after the test.
 *
 * @returns the folder's real absolute path.
 */
export function createTempProject(files: Readonly<Record<string, string>>): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'sincerely-cli-')));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  for (const [path, text] of Object.entries(files)) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return dir;
}
