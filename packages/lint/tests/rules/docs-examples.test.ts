/**
 * Lints the examples in each rule's docs page with the config in their first line: "incorrect"
 * examples must produce messages from the configured rules, all others none.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ConfigObject } from '../../src/config/config-types.js';
import { lintText } from '../../src/linter.js';

const docsDir = fileURLToPath(new URL('../../docs/rules/', import.meta.url));
const CONFIG_LINE = /^\{\{!(?:--)? config: (.+?) (?:--)?\}\}$/u;

interface Example {
  page: string;
  index: number;
  incorrect: boolean;
  code: string;
  config: ConfigObject['rules'];
}

function readExamples(page: string): Example[] {
  const text = readFileSync(`${docsDir}${page}`, 'utf8');
  const examples: Example[] = [];
  let incorrect = false;
  let index = 0;
  for (const match of text.matchAll(
    /^(?:.*\*\*(incorrect|correct)\*\*.*|## .*|```hbs\n([\s\S]*?)```)$/gmu,
  )) {
    if (match[1]) incorrect = match[1] === 'incorrect';
    else if (match[0].startsWith('## ')) incorrect = false;
    else if (match[2] !== undefined) {
      const code = match[2];
      const config = CONFIG_LINE.exec(code.split('\n')[0] ?? '');
      if (!config)
        throw new Error(
          `${page}: example ${index + 1} must start with a {{!-- config: … --}} comment.`,
        );
      examples.push({
        page,
        index: ++index,
        incorrect,
        code,
        config: JSON.parse(config[1] as string),
      });
    }
  }
  return examples;
}

const examples = readdirSync(docsDir)
  .filter((file) => file.endsWith('.md'))
  .sort()
  .flatMap(readExamples);

describe('rule docs examples', () => {
  it.each(examples.map((example) => [`${example.page} #${example.index}`, example] as const))(
    '%s',
    (_title, example) => {
      const result = lintText(example.code, {
        filePath: 'example.hbs',
        config: { rules: example.config },
      });
      expect(result.fatalErrorCount).toBe(0);
      const ids = Object.keys(example.config ?? {});
      if (example.incorrect) {
        expect(result.messages.length).toBeGreaterThan(0);
        expect(result.messages.every((message) => ids.includes(message.ruleId as string))).toBe(
          true,
        );
      } else {
        expect(result.messages).toEqual([]);
      }
    },
  );
});
