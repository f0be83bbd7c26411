#!/usr/bin/env node
'use strict';
// The hook runs this on every commit. Node 22.1+ keeps the compiled bundle in its own compile cache
// (module.enableCompileCache, a public API): feature-detected, and any failure just means no cache.
const Module = require('node:module');
try {
  if (typeof Module.enableCompileCache === 'function') Module.enableCompileCache();
} catch {
  // run without the cache
}

let cli;
try {
  cli = require('../dist/cli.cjs');
} catch (error) {
  // Fail closed with one line, never a stack trace: a hook that cannot start must still block, and say why.
  process.stderr.write(
    `keyguard: cannot start (${error.code || error.message}); the build in dist/ is missing: run npm install.\n` +
      'The commit is blocked because keyguard could not check it. Bypass once with: git commit --no-verify\n',
  );
  process.exit(2);
}
cli.main();
