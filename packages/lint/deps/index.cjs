'use strict';
/**
 * The template parsers and the schema validator, for Node (see package.json "imports"): each is
 * loaded the first time it is used, so linting plain-text files never loads the Liquid, HTML or
 * Handlebars parser nor YAML, and a config without rule options never loads Ajv. Together they
 * take ≈ 70 ms to load. Browsers and bundlers get `index.js`, which imports them up front. Each
 * `require` names its package literally, so that a bundler targeting Node can follow it.
 */
let ajv;
let handlebars;
let htmlparser2;
let liquidjs;
let yaml;

exports.ajv = () => (ajv ??= require('ajv'));
exports.handlebars = () => (handlebars ??= require('@handlebars/parser'));
exports.htmlparser2 = () => (htmlparser2 ??= require('htmlparser2'));
exports.liquidjs = () => (liquidjs ??= require('liquidjs'));
exports.yaml = () => (yaml ??= require('yaml'));
