/**
 * For browsers and bundlers (see package.json "imports"): compromise's `compromise/two`, imported
 * up front. Node gets `node.cjs`, which loads it on first use.
 */
import nlp from 'compromise/two';

export default function loadCompromise() {
  return nlp;
}
