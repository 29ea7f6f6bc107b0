#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';

// The phrase lists compile to ≈ 90 large regular expressions in a run, each run a few thousand
// times at most. V8 first compiles a regular expression to bytecode and runs a peephole pass over
// it, then compiles it again to machine code once it is used: for patterns this size the bytecode
// pass costs more than the matching it would save (≈ 80 ms of a 3,000-email run on Node 20).
// Compiling straight to machine code is a documented V8 flag that changes speed only. This is the
// CLI's own process; the libraries never set flags in someone else's.
setFlagsFromString('--no-regexp-tier-up');

const { createProcessIO, main } = await import('../dist/index.js');

process.exitCode = await main(process.argv.slice(2), createProcessIO());
