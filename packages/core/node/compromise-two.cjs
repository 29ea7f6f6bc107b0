'use strict';
/**
 * In Node, `#compromise-two` (see package.json "imports") is compromise's prebuilt CommonJS bundle
 * of `compromise/two`: one file, which loads in about half the time of the ES module sources
 * (≈ 95 ms against ≈ 170 ms), many small files that Node must resolve and link one by one.
 * Browsers and bundlers get the ES module sources (`default`). Only core's tagger uses it. The
 * `require` names the package literally, so that a bundler targeting Node can follow it.
 */
module.exports = require('compromise/two');
