// Runs the keyguard CLI and reports its peak resident memory on stderr as "rss=<KiB>".
'use strict';
require('../dist/cli.cjs')
  .main()
  .then(() => process.stderr.write(`rss=${process.resourceUsage().maxRSS}\n`));
