import type { FixOutcome, FixPlan } from '../fix/apply.js';
import type { EnvFolder } from '../fix/env-folder.js';
import type { KeyOutcome } from '../fix/move-keys.js';
import { messages } from '../messages.js';
import type { FileFinding, Report } from '../report/types.js';

const m = messages.secretFiles;
const k = messages.moveKeys;

export function trackedFiles(report: Report): string[] {
  return report.findings.filter((f): f is FileFinding => f.kind === 'file' && f.tracked === true).map((f) => f.file);
}

/** What was done to the staged secret files. */
function fileLines(report: Report, outcome: FixOutcome): string[] {
  const lines: string[] = [];
  if (outcome.added.length > 0) lines.push(m.addedEntries('.gitignore', outcome.added, outcome.created));
  const tracked = trackedFiles(report);
  const fresh = outcome.unstaged.filter((f) => !tracked.includes(f));
  if (fresh.length > 0) lines.push(m.unstaged(fresh));
  if (tracked.length > 0) lines.push(m.untracked(tracked));
  if (outcome.stillNotIgnored.length > 0) lines.push(m.stillNotIgnored(outcome.stillNotIgnored));
  if (tracked.length > 0) lines.push(m.rotate(tracked));
  return lines;
}

const where = (o: KeyOutcome) => `${o.key.file}:${o.key.line}`;

/** How to load .env, matched to what the project uses, for each language whose keys went there. */
function loadAdvice(folder: EnvFolder): string[] {
  return [...folder.loaders.values()].map((loader) => {
    if (loader.language === 'python') return loader.dotenv ? k.loadPythonDotenv(folder.env) : k.loadPython(folder.env);
    if (loader.framework !== null) return k.loadFramework(loader.framework, folder.env);
    return loader.dotenv ? k.loadDotenv(folder.env) : k.loadJs(folder.env);
  });
}

/** What happened to the hardcoded keys: moved (and where their values went), or left with the manual steps. */
function keyLines(plan: FixPlan): string[] {
  const moves = plan.moves;
  if (moves === null) return [];
  const lines: string[] = [];
  if (moves.moved.length > 0) {
    lines.push(k.movedHeader(moves.moved.length));
    for (const o of moves.moved) lines.push(k.moved(where(o), k.lookup(o.language, o.name!)));
    for (const f of moves.folders) {
      if (f.newNames.length > 0) lines.push(k.wroteEnv(f.env, f.newNames, f.created));
      if (f.exampleNames.length > 0) lines.push(k.wroteExample(f.example, f.exampleNames));
    }
    lines.push(...new Set(moves.folders.flatMap(loadAdvice)));
    lines.push(...new Set(moves.moved.map((o) => k.revoke(o.key.remediation))));
  }
  if (moves.kept.length > 0) {
    lines.push(k.keptHeader(moves.kept.length));
    for (const o of moves.kept) {
      const lookup = o.name === null ? null : k.lookup(o.language, o.name);
      const at = o.at !== undefined && o.at !== o.key.line ? o.at : null;
      lines.push(k.kept(where(o), o.reason!, at, o.env, o.name, lookup, o.key.file));
    }
  }
  return lines;
}

export function summary(report: Report, plan: FixPlan, outcome: FixOutcome): string[] {
  return [...fileLines(report, outcome), ...keyLines(plan)];
}

/** Files this fix changed that belong in the next commit: .gitignore and the .env.example files. */
export function toCommitNext(plan: FixPlan, outcome: FixOutcome): string[] {
  const examples = plan.moves?.folders.filter((f) => f.exampleNames.length > 0).map((f) => f.example) ?? [];
  return [...(outcome.added.length > 0 ? ['.gitignore'] : []), ...examples];
}
