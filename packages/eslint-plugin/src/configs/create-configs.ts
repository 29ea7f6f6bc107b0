/**
 * The plugin's flat configs, derived from `@sincerely/lint`'s presets: `recommended`, `strict`
 * and `compliance` lint template files through the `sincerely/template` language; the `copy-*`
 * configs run the same presets' rules over copy in JS/TS/JSX/TSX code.
 */
import type { ESLint } from 'eslint';
import { presets, SUPPORTED_EXTENSIONS, type ConfigObject, type RuleEntry } from '@sincerely/lint';
import { COPY_RULE_PREFIX } from '../rules/create-copy-rule.js';

/** The plugin's namespace: rule ids are `sincerely/<id>`. */
export const NAMESPACE = 'sincerely';

/**
 * The template files the configs match. Markdown (`.md`) is left out because most projects hold
 * READMEs and docs, not outreach, in it: add `files: ['emails/**\/*.md']` to lint Markdown templates.
 */
export const TEMPLATE_FILES: readonly string[] = Object.freeze(
  SUPPORTED_EXTENSIONS.filter((extension) => extension !== '.md').map(
    (extension) => `**/*${extension}`,
  ),
);

/** The code files the `copy-*` configs match. */
export const COPY_FILES: readonly string[] = Object.freeze([
  '**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}',
]);

/** The name of each preset. */
export type PresetName = keyof typeof presets;

/** One of the plugin's flat config objects. */
export interface PluginConfig {
  name: string;
  files: string[];
  plugins: Record<string, ESLint.Plugin>;
  language?: string;
  rules: Record<string, RuleEntry>;
}

function prefixRules(preset: ConfigObject, prefix: string): Record<string, RuleEntry> {
  return Object.fromEntries(
    Object.entries(preset.rules ?? {}).map(([id, entry]) => [`${NAMESPACE}/${prefix}${id}`, entry]),
  );
}

/**
 * Builds every config for the plugin object (configs name the plugin they come from).
 *
 * @returns `recommended`, `strict`, `compliance`, `copy-recommended`, `copy-strict` and `copy-compliance`.
 */
export function createConfigs(
  plugin: ESLint.Plugin,
): Record<PresetName | `copy-${PresetName}`, PluginConfig> {
  const configs = {} as Record<PresetName | `copy-${PresetName}`, PluginConfig>;
  for (const name of Object.keys(presets) as PresetName[]) {
    const preset = presets[name];
    configs[name] = {
      name: `${NAMESPACE}/${name}`,
      files: [...TEMPLATE_FILES],
      plugins: { [NAMESPACE]: plugin },
      language: `${NAMESPACE}/template`,
      rules: prefixRules(preset, ''),
    };
    configs[`copy-${name}`] = {
      name: `${NAMESPACE}/copy-${name}`,
      files: [...COPY_FILES],
      plugins: { [NAMESPACE]: plugin },
      rules: prefixRules(preset, COPY_RULE_PREFIX),
    };
  }
  return configs;
}
