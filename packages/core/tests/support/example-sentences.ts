/** The sentences of the repository's example messages, for tests that compare two readings. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * Every sentence of the messages in a folder of the repository (split at sentence marks and line
 * breaks, trimmed), in file order.
 *
 * @example
 * sentencesOf('examples/templates');
 */
export function sentencesOf(folder: string): string[] {
  const sentences: string[] = [];
  for (const name of readdirSync(`${root}${folder}`)) {
    if (!/\.(?:txt|md|hbs|mustache|liquid|html)$/u.test(name) || name === 'README.md') continue;
    const text = readFileSync(`${root}${folder}/${name}`, 'utf8');
    for (const sentence of text.split(/(?<=[.!?])\s+|\n+/u)) {
      if (sentence.trim()) sentences.push(sentence.trim());
    }
  }
  return sentences;
}

/** The sentences of the evaluation set and the example templates, each once. */
export function exampleSentences(): string[] {
  return [
    ...new Set([...sentencesOf('examples/eval/messages'), ...sentencesOf('examples/templates')]),
  ];
}
