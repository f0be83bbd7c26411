// Fetch a JavaScript runtime from the npm registry, where each ships as a plain binary inside a package, and
// cache it outside the repository. Prints the folder that holds the binary (to put first on PATH).
//
//   node scripts/fetch-runtime.mjs node 24    →  ~/.cache/keyguard-ci/node24/package/bin
//   node scripts/fetch-runtime.mjs node 20.19.0  →  ~/.cache/keyguard-ci/node20.19.0/package/bin (one release)
//   node scripts/fetch-runtime.mjs bun        →  ~/.cache/keyguard-ci/bun/package/bin
//   node scripts/fetch-runtime.mjs deno       →  ~/.cache/keyguard-ci/deno/package
//
// The cache (KEYGUARD_CI_CACHE, default ~/.cache/keyguard-ci) is refreshed when the registry has a newer release of
// that major; when the registry cannot be reached, a cached binary is used (with a note), and without one the
// script fails with one line saying so.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const CACHE = process.env.KEYGUARD_CI_CACHE || join(homedir(), '.cache', 'keyguard-ci');
const { platform, arch } = process;

function fail(message) {
  process.stderr.write(`fetch-runtime: ${message}\n`);
  process.exit(1);
}

/** x64 CPUs without AVX2 need Bun's "baseline" build. */
const baseline = () =>
  arch === 'x64' && platform === 'linux' && !/\bavx2\b/.test(readFileSync('/proc/cpuinfo', 'utf8'));

/** The registry package of a runtime for this machine, the cache folder, and where the binary is inside it. */
function locate(runtime, major) {
  if (!['linux', 'darwin'].includes(platform) || !['x64', 'arm64'].includes(arch)) {
    fail(`no ${runtime} package for ${platform}-${arch} in this script`);
  }
  switch (runtime) {
    case 'node':
      if (!/^\d+(\.\d+\.\d+)?$/.test(major ?? '')) fail('usage: node scripts/fetch-runtime.mjs node MAJOR|VERSION');
      return { spec: `node-${platform}-${arch}@${major}`, dir: `node${major}`, bin: 'package/bin' };
    case 'bun':
      return {
        spec: `@oven/bun-${platform}-${arch}${baseline() ? '-baseline' : ''}@${major ?? '1'}`,
        dir: 'bun',
        bin: 'package/bin',
      };
    case 'deno':
      return {
        spec: `@deno/${platform}-${arch}${platform === 'linux' ? '-glibc' : ''}@${major ?? '2'}`,
        dir: 'deno',
        bin: 'package',
      };
    default:
      return fail(`unknown runtime "${runtime}" (node, bun or deno)`);
  }
}

function npm(args, cwd) {
  const r = spawnSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  const error = r.error?.message ?? (r.stderr.split('\n').find((l) => /npm (error|ERR!)/.test(l)) || r.stderr.trim());
  return { ok: r.status === 0, stdout: r.stdout, error: error.split('\n')[0] };
}

const parts = (v) => v.split(/[.-]/).map((p) => Number.parseInt(p, 10) || 0);
const newer = (a, b) => {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] > y[i];
  return false;
};

/** The newest version the registry has for the spec, or an error. */
function latest(spec) {
  const r = npm([
    'view',
    spec,
    'version',
    '--json',
    '--fetch-retries=1',
    '--fetch-retry-mintimeout=1000',
    '--fetch-timeout=30000',
  ]);
  if (!r.ok) return { error: r.error };
  const versions = [].concat(JSON.parse(r.stdout || '[]')).filter((v) => !v.includes('-'));
  if (versions.length === 0) return { error: `no release matches ${spec}` };
  return { version: versions.reduce((a, b) => (newer(b, a) ? b : a)) };
}

function cachedVersion(folder) {
  try {
    return JSON.parse(readFileSync(join(folder, 'package', 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

/** Download and unpack the package into a temporary folder of the cache, then move it into place. */
function download(spec, version, folder) {
  mkdirSync(CACHE, { recursive: true });
  const temp = mkdtempSync(join(CACHE, '.fetch-'));
  try {
    const name = spec.slice(0, spec.lastIndexOf('@'));
    const r = npm(['pack', `${name}@${version}`, '--json', '--pack-destination', temp], temp);
    if (!r.ok) fail(`cannot fetch ${spec} from the npm registry: ${r.error}`);
    const tarball = join(temp, JSON.parse(r.stdout)[0].filename);
    const unpacked = join(temp, 'unpacked');
    mkdirSync(unpacked);
    const tar = spawnSync('tar', ['-xzf', tarball, '-C', unpacked], { encoding: 'utf8' });
    if (tar.status !== 0) fail(`cannot unpack ${tarball}: ${tar.stderr.trim()}`);
    rmSync(folder, { recursive: true, force: true });
    renameSync(unpacked, folder);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

const [runtime, major] = process.argv.slice(2);
const { spec, dir, bin } = locate(runtime, major);
const folder = join(CACHE, dir);
const have = cachedVersion(folder);
const want = latest(spec);
if (want.error !== undefined) {
  if (have === null) {
    fail(
      `cannot reach the npm registry to fetch ${spec} (${want.error}); check the network and \`npm config get registry\``,
    );
  }
  process.stderr.write(`fetch-runtime: registry unreachable (${want.error}); using the cached ${runtime} ${have}\n`);
} else if (have !== want.version) {
  process.stderr.write(`fetch-runtime: fetching ${spec} (${want.version}) into ${folder}\n`);
  download(spec, want.version, folder);
}
const binary = join(folder, bin, runtime);
if (!existsSync(binary)) fail(`${binary} is missing: remove ${folder} and run this again`);
const works = spawnSync(binary, ['--version'], { encoding: 'utf8' });
if (works.status !== 0)
  fail(`${binary} does not run here: ${(works.error?.message ?? works.stderr).trim().split('\n')[0]}`);
process.stdout.write(`${join(folder, bin)}\n`);
