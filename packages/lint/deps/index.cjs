'use strict';
/**
 * The template parsers and the schema validator, for Node (see package.json "imports"): each is
 * loaded the first time it is used, so linting plain-text files never loads the Liquid, HTML or
 * Handlebars parser nor YAML, and a config without rule options never loads Ajv. Together they
 * take ≈ 70 ms to load. Browsers and bundlers get `index.js`, which imports them up front.
 */
const loaded = new Map();

function load(name) {
  let module = loaded.get(name);
  if (module === undefined) {
    module = require(name);
    loaded.set(name, module);
  }
  return module;
}

exports.ajv = () => load('ajv');
exports.handlebars = () => load('@handlebars/parser');
exports.htmlparser2 = () => load('htmlparser2');
exports.liquidjs = () => load('liquidjs');
exports.yaml = () => load('yaml');
