/**
 * The `sincerely/template` language: ESLint reads template files as text, parses them with
 * `@sincerely/lint`'s `parseTemplate` and hands rules the same `SourceCode` the standalone runner
 * builds, so the catalog's rule objects run unchanged.
 */
import type { File, Language, OkParseResult, ParseResult } from '@eslint/core';
import {
  detectSyntax,
  parseTemplate,
  type Document,
  type Node,
  type TemplateSyntax,
} from '@sincerely/lint';
import { TemplateSourceCode, templateVisitorKeys } from './template-source-code.js';

/** The language options a config may set for templates. */
export interface TemplateLanguageOptions {
  /** Force a template syntax instead of guessing it from the file extension. */
  syntax?: TemplateSyntax;
  [key: string]: unknown;
}

/** The type parameters of the template language, for ESLint's `Language` type. */
export interface TemplateLanguageTypes {
  LangOptions: TemplateLanguageOptions;
  Code: TemplateSourceCode;
  RootNode: Document;
  Node: Node;
}

const SYNTAXES: readonly TemplateSyntax[] = ['text', 'handlebars', 'liquid', 'html', 'markdown'];
const decoder = new TextDecoder();

function readBody(file: File): string {
  return typeof file.body === 'string' ? file.body : decoder.decode(file.body);
}

function chooseSyntax(file: File, options: TemplateLanguageOptions): TemplateSyntax {
  return options.syntax ?? detectSyntax(file.path) ?? 'text';
}

/**
 * The template language object: `languages: { template: templateLanguage }` in the plugin, used
 * as `language: 'sincerely/template'` in a config.
 */
export const templateLanguage = {
  fileType: 'text',
  lineStart: 1,
  columnStart: 1,
  nodeTypeKey: 'type',
  visitorKeys: templateVisitorKeys,
  defaultLanguageOptions: {},

  /** Accepts `{ syntax }` only, with a syntax the parser reads. */
  validateLanguageOptions(options: TemplateLanguageOptions): void {
    for (const key of Object.keys(options)) {
      if (key !== 'syntax') {
        throw new TypeError(
          `Unexpected key "${key}" in languageOptions: only "syntax" is allowed.`,
        );
      }
    }
    if (options.syntax !== undefined && !SYNTAXES.includes(options.syntax)) {
      throw new TypeError(
        `languageOptions.syntax must be one of ${SYNTAXES.map((s) => `"${s}"`).join(', ')}, not ${JSON.stringify(options.syntax)}.`,
      );
    }
  },

  /** Parses the file; a broken template comes back as `{ ok: false, errors }`, never a throw. */
  parse(
    file: File,
    { languageOptions }: { languageOptions: TemplateLanguageOptions },
  ): ParseResult<Document> {
    const result = parseTemplate(readBody(file), { syntax: chooseSyntax(file, languageOptions) });
    if (result.ok) return { ok: true, ast: result.ast };
    return {
      ok: false,
      errors: result.errors.map(({ message, line, column }) => ({ message, line, column })),
    };
  },

  /** Wraps the parsed document in the source code object rules see. */
  createSourceCode(file: File, input: OkParseResult<Document>): TemplateSourceCode {
    return new TemplateSourceCode({ text: readBody(file), ast: input.ast });
  },
} satisfies Language<TemplateLanguageTypes>;
