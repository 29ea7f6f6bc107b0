import { compliance } from './compliance.js';
import { recommended } from './recommended.js';
import { strict } from './strict.js';

/**
 * The built-in flat-config presets, generated from the rules' `meta.docs`.
 *
 * @example
 * lintText(text, { config: [presets.strict, { rules: { 'max-words': ['warn', { max: 150 }] } }] });
 */
export const presets = Object.freeze({ recommended, strict, compliance });
