#!/usr/bin/env node
import { createProcessIO, main } from '../dist/index.js';

process.exitCode = await main(process.argv.slice(2), createProcessIO());
