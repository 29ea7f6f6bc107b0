import type nlp from 'compromise/two';

/** compromise's `compromise/two` build (tokenizer, lexicon and tagger), loaded on first call in Node. */
export default function loadCompromise(): typeof nlp;
