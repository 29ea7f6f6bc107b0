/**
 * eslint-plugin-sincerely: Sincerely's catalog inside ESLint. Template files are linted through
 * the `sincerely/template` language with the very same rule objects `@sincerely/lint` runs; copy
 * inside code is linted by the `copy-<id>` rules.
 */
import type { ESLint } from 'eslint';
import { createConfigs, type PluginConfig, type PresetName } from './configs/create-configs.js';
import { templateLanguage } from './language/template-language.js';
import { PLUGIN_NAME, PLUGIN_VERSION } from './plugin-meta.js';
import { copyRules, templateRules } from './rules/index.js';

/** A rule as ESLint's plugin type names it. */
type ESLintRule = NonNullable<ESLint.Plugin['rules']>[string];

/*
 * The catalog rules are written against `@sincerely/lint`'s `RuleContext`, a subset of ESLint's,
 * and the copy rules against typescript-eslint's types; ESLint's `RuleDefinition` type names
 * neither, so the records are typed as ESLint's here. The objects are the same.
 */
const rules = { ...templateRules, ...copyRules } as unknown as Record<string, ESLintRule>;

const plugin = {
  meta: { name: PLUGIN_NAME, version: PLUGIN_VERSION, namespace: 'sincerely' },
  languages: { template: templateLanguage },
  rules,
  configs: {} as Record<PresetName | `copy-${PresetName}`, PluginConfig>,
};
Object.assign(plugin.configs, createConfigs(plugin));

/** The plugin: `meta`, `languages.template`, `rules` and `configs`. */
export default plugin;
export { templateLanguage } from './language/template-language.js';
export type {
  TemplateLanguageOptions,
  TemplateLanguageTypes,
} from './language/template-language.js';
export { TemplateSourceCode } from './language/template-source-code.js';
export { copyRules, templateRules } from './rules/index.js';
export { createCopyRule, COPY_RULE_PREFIX } from './rules/create-copy-rule.js';
export type { CopyRuleDocs } from './rules/create-copy-rule.js';
export { readCopySettings, DEFAULT_COPY_SETTINGS } from './copy/copy-settings.js';
export type { CopySettings } from './copy/copy-settings.js';
export { TEMPLATE_FILES, COPY_FILES } from './configs/create-configs.js';
export type { PluginConfig, PresetName } from './configs/create-configs.js';
