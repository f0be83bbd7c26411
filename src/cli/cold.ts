/**
 * The commands a commit does not run, as one unit that the build bundles on its own (dist/cold.cjs): `init`, path
 * scans, `baseline`, `rules`, SARIF, and the secret-file fix flow. The hook's bundle requires it only for those,
 * so their code is neither read nor deserialised on a clean commit. (Errors they throw are recognised across the
 * two bundles by isKeyguardError.)
 */
export { handleSecretFiles } from '../fix/flow.js';
export { scanPaths } from '../scan/paths.js';
export { updateBaseline } from '../baseline/command.js';
export { rulesCommand } from './rules-command.js';
export { init } from '../install/init.js';
export { formatSarif } from '../report/sarif.js';
