#!/usr/bin/env node
'use strict';
const { join } = require('node:path');

require('../dist/launch.cjs').launch(join(__dirname, '..', 'dist', 'cli.cjs'));
