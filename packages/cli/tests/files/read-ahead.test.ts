import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { READ_AHEAD_MIN_FILES, startReadAhead } from '../../src/files/read-ahead.js';
import { presets } from '@sincerely/lint';
import { lintFiles } from '../../src/lint/lint-files.js';
import { createBufferIO } from '../commands/buffer-io.js';
import { createTempProject } from '../temp-project.js';

const COUNT = READ_AHEAD_MIN_FILES + 50;

/** `COUNT` files, each with its own text, and their paths in order. */
function createFiles(): { dir: string; files: string[]; texts: string[] } {
  const texts = Array.from(
    { length: COUNT },
    (_, index) => `Hi ${index % 2 === 1 ? '[FIRST NAME]' : 'Maria'},\n\nNote ${index}.\n`,
  );
  const dir = createTempProject(
    Object.fromEntries(
      texts.map((text, index) => [`emails/${String(index).padStart(4, '0')}.txt`, text]),
    ),
  );
  const files = texts.map((_, index) =>
    join(dir, 'emails', `${String(index).padStart(4, '0')}.txt`),
  );
  return { dir, files, texts };
}

describe('startReadAhead', () => {
  it('does not start a thread for a small run', () => {
    expect(startReadAhead(['a.txt', 'b.txt'])).toBeUndefined();
  });

  it('hands over each file, in order, once the worker has read it', async () => {
    const { files, texts } = createFiles();
    const ahead = startReadAhead(files)!;
    try {
      // The first files may be taken before the worker has read them: the caller reads those.
      const early = [ahead.takeNext(), ahead.takeNext()];
      early.forEach((text, index) => expect([undefined, texts[index]]).toContain(text));
      await sleep(300);
      const rest = files.slice(2).map(() => ahead.takeNext());
      expect(rest).toEqual(texts.slice(2));
    } finally {
      ahead.stop();
    }
  });

  it('leaves a file it cannot read to the caller', async () => {
    const { files, texts } = createFiles();
    rmSync(files[5]!);
    const ahead = startReadAhead(files)!;
    try {
      await sleep(300);
      const taken = files.map(() => ahead.takeNext());
      expect(taken[5]).toBeUndefined();
      expect(taken.filter((_, index) => index !== 5)).toEqual(
        texts.filter((_, index) => index !== 5),
      );
    } finally {
      ahead.stop();
    }
  });
});

describe('lintFiles on a large run', () => {
  it('reports a file that cannot be read as before', async () => {
    const { dir, files } = createFiles();
    rmSync(files[7]!);
    const io = createBufferIO({ cwd: dir });
    const options = {
      lintConfig: { config: [presets.recommended], source: 'test', basePath: dir },
    };
    await expect(lintFiles(files, io, options)).rejects.toThrow(
      'Cannot read emails/0007.txt: ENOENT.',
    );
  });

  it('lints every file with its own text', async () => {
    const { dir, files } = createFiles();
    const io = createBufferIO({ cwd: dir });
    const options = {
      lintConfig: { config: [presets.recommended], source: 'test', basePath: dir },
    };
    const results = await lintFiles(files, io, options);
    expect(results.map((result) => result.filePath)).toEqual(files);
    // Odd files hold a placeholder: each result is its own file's.
    expect(results.map((result) => result.messages.map((message) => message.ruleId))).toEqual(
      files.map((_, index) => (index % 2 === 1 ? ['no-unfilled-placeholder'] : [])),
    );
  });
});
