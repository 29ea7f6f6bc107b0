'use strict';
/**
 * In Node, `#load-compromise` (see package.json "imports") returns compromise's prebuilt CommonJS
 * bundle of `compromise/two`, loaded the first time a sentence is tagged. Loading it builds the
 * tagger's lexicon and costs ≈ 110 ms on two cores, most of what a short lint run spends before
 * its first message; many runs tag no sentence at all, as the checks read most words without the
 * tagger. One file loads in about half the time of the ES module sources (≈ 170 ms), many small
 * files that Node must resolve and link one by one. Browsers and bundlers get `index.js`, which
 * imports the ES module sources up front, as a bundle holds them anyway.
 *
 * The `require` names the package literally, so that a bundler targeting Node can follow it.
 */
let nlp;

module.exports = function loadCompromise() {
  return (nlp ??= require('compromise/two'));
};
