// The package.json that npm packs for users: without the contributor scripts npm would run at install time (a
// `prepare` in a published package makes npm 11 warn, and runs for git installs). `prepack` strips them and keeps
// the original next to it; `postpack` puts it back. Run with `strip` or `restore`.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const manifest = new URL('../package.json', import.meta.url);
const saved = new URL('../package.json.contributor', import.meta.url);
/** Lifecycle scripts npm runs when a package is installed (prepare: for git and folder installs). */
const INSTALL_TIME = ['preinstall', 'install', 'postinstall', 'preprepare', 'prepare', 'postprepare'];

const [action] = process.argv.slice(2);
if (action === 'strip') {
  const text = readFileSync(manifest, 'utf8');
  if (!existsSync(saved)) writeFileSync(saved, text);
  const pkg = JSON.parse(text);
  // `postpack` stays: npm reads the stripped manifest after prepack, and only postpack puts the original back (it
  // never runs at install time)
  for (const name of [...INSTALL_TIME, 'prepack']) delete pkg.scripts?.[name];
  writeFileSync(manifest, `${JSON.stringify(pkg, null, 2)}\n`);
} else if (action === 'restore') {
  if (existsSync(saved)) renameSync(saved, manifest);
} else {
  console.error('usage: node scripts/pack-manifest.mjs strip|restore');
  process.exit(2);
}
