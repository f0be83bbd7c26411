import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Tests run the real built CLI: build it once, fresh, before any test. */
export default function setup(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
}
