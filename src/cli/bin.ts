#!/usr/bin/env node
import { main } from './main.js';

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`corroborate: unexpected failure: ${(error as Error).stack ?? String(error)}\nplease report this with the command and inputs that caused it\n`);
    process.exitCode = 70;
  },
);
