'use strict';
/**
 * In Node, `#compromise-two` (see package.json "imports") is compromise's prebuilt CommonJS bundle
 * of `compromise/two`: one file, which loads in about half the time of the ES module sources
 * (≈ 95 ms against ≈ 170 ms), many small files that Node must resolve and link one by one.
 * Browsers and bundlers get the ES module sources (`default`). Only core's tagger uses it. The
 * `require` names the package literally, so that a bundler targeting Node can follow it.
 *
 * Not written `module.exports = require(…)`: Node reads that as a re-export, and to list the
 * named exports an `import` of this file could use, it would parse compromise's 400 KB bundle a
 * second time (≈ 7 ms). Core imports only the default export.
 */
const nlp = require('compromise/two');

module.exports = nlp;
