#!/usr/bin/env node
'use strict';
const { join } = require('node:path');

let launch;
try {
  ({ launch } = require('../dist/launch.cjs'));
} catch (error) {
  // Fail closed with one line, never a stack trace: a hook that cannot start must still block, and say why.
  process.stderr.write(
    `keyguard: cannot start (${error.code || error.message}); the build in dist/ is missing: run npm install.\n` +
      'The commit is blocked because keyguard could not check it. Bypass once with: git commit --no-verify\n',
  );
  process.exit(2);
}
launch(join(__dirname, '..', 'dist', 'cli.cjs'));
