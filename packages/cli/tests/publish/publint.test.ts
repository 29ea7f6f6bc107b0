/** Each package is checked as it would be published: publint over `npm pack`'s file list. */
import { basename } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, PACKAGE_DIRS } from './ensure-built.js';

describe('publint (built packages)', () => {
  beforeAll(() => ensureBuilt(), 180_000);

  it.concurrent.each(PACKAGE_DIRS.map((dir) => [basename(dir), dir]))(
    '%s has no publint errors or warnings',
    async (_name, pkgDir) => {
      const { messages, pkg } = await publint({ pkgDir, level: 'warning', pack: 'npm' });
      const problems = messages.map(
        (message) => `${message.type}: ${formatMessage(message, pkg) ?? message.code}`,
      );
      expect(problems).toEqual([]);
    },
  );
});
