'use strict';
/**
 * The template parsers, the schema validator, the glob matcher and core's relationship model, for
 * Node (see package.json "imports"): each is loaded the first time it is used, so linting
 * plain-text files never loads the Liquid, HTML or Handlebars parser, the HTML entity decoder nor
 * YAML, a config without rule options never loads Ajv, one without `files` or `ignores` never
 * loads minimatch, and a run without a recipient context never loads the model's schemas (zod).
 * Together they take ≈ 140 ms to load. Browsers and bundlers get `index.js`, which imports them up front.
 * Each `require` names its package literally, so that a bundler targeting Node can follow it.
 *
 * `@sincerely/core` is required through its "module-sync" export: where Node can `require` an ES
 * module (20.19+ on 20.x, 22.12+, 23+) it gives `require` the same instance that `import` gets, so
 * there is one copy of core; on 21.x and 22.0–22.11 the CommonJS build loads, a second copy.
 */
let ajv;
let core;
let entities;
let handlebars;
let htmlparser2;
let liquidjs;
let minimatch;
let yaml;

exports.ajv = () => (ajv ??= require('ajv'));
exports.core = () => (core ??= require('@sincerely/core'));
exports.entities = () => (entities ??= require('entities/decode'));
exports.handlebars = () => (handlebars ??= require('@handlebars/parser'));
exports.htmlparser2 = () => (htmlparser2 ??= require('htmlparser2'));
exports.liquidjs = () => (liquidjs ??= require('liquidjs'));
exports.minimatch = () => (minimatch ??= require('minimatch'));
exports.yaml = () => (yaml ??= require('yaml'));
