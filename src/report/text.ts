import { styleText } from 'node:util';
import { baselineMessages, messages } from '../messages.js';
import type { FormatOptions } from './format.js';
import {
  isBlocking,
  type FileFinding,
  type LogLeakFinding,
  type Report,
  type SecretFinding,
  type SkipReason,
} from './types.js';

type Style = 'bold' | 'red' | 'dim' | 'yellow';
/** node:util's styleText; whether to colour at all is decided by the caller (a terminal, NO_COLOR, FORCE_COLOR). */
const paint = (on: boolean, style: Style) => (text: string) =>
  on ? styleText(style, text, { validateStream: false }) : text;

function secretLines(f: SecretFinding, c: ReturnType<typeof palette>): string[] {
  const low = f.confidence === 'low' ? ` ${c.dim(`[${messages.lowConfidence}]`)}` : '';
  return [
    `  ${c.bold(`${f.file}:${f.line}:${f.column}`)}  ${c.red(f.description)} ${c.dim(`(${f.rule})`)}${low}`,
    `    found:  ${f.secret}`,
    `    revoke: ${f.remediation}`,
  ];
}

function fileLines(f: FileFinding, c: ReturnType<typeof palette>): string[] {
  const label = messages.secretFiles.label[f.rule] ?? 'secret-bearing file staged';
  return [`  ${c.bold(f.file)}  ${c.red(label)} ${c.dim(`(${f.rule})`)}`, `    fix:    ${f.fix}`];
}

function header(report: Report, secrets: number, files: number, blocking: number): string {
  if (files > 0 && report.mode === 'paths') return messages.secretFiles.pathHeader(files, secrets);
  if (files > 0) return messages.secretFiles.header(files, secrets);
  if (blocking === 0) return messages.lowOnlyHeader(secrets);
  return report.mode === 'staged' ? messages.blockedHeader(secrets, true) : messages.foundHeader(secrets);
}

/** Code that prints secrets to logs: a yellow section of its own, after the keys. */
function warningLines(warnings: LogLeakFinding[], block: boolean, c: ReturnType<typeof palette>): string[] {
  const say = messages.logLeaks;
  const out = [c.yellow(c.bold(block ? say.headerBlocking(warnings.length) : say.header(warnings.length))), ''];
  for (const f of warnings) {
    out.push(`  ${c.bold(`${f.file}:${f.line}:${f.column}`)}  ${c.yellow(f.description)} ${c.dim(`(${f.rule})`)}`);
    out.push(`    fix:    ${f.fix}`, '');
  }
  out.push(say.why, say.allow);
  return out;
}

function palette(color: boolean) {
  return {
    bold: paint(color, 'bold'),
    red: paint(color, 'red'),
    dim: paint(color, 'dim'),
    yellow: paint(color, 'yellow'),
  };
}

/** Every file that was not scanned, or only in part, by reason; for those that block, what to do. */
function skippedLines(report: Report, c: ReturnType<typeof palette>): string[] {
  const say = messages.skipped;
  const files = (reason: SkipReason, blocking?: boolean) =>
    report.skipped.filter((s) => s.reason === reason && (blocking === undefined || s.blocks)).map((s) => s.file);
  const out: string[] = [];
  for (const reason of ['binary', 'symlink'] as const) {
    if (files(reason).length > 0) out.push(c.dim(say[reason](files(reason))));
  }
  for (const reason of ['too-large', 'unreadable'] as const) {
    if (files(reason).length > 0) out.push(c.yellow(say[reason](files(reason))));
  }
  if (files('too-large', true).length > 0) out.push(say.allowLarge(files('too-large', true)));
  if (files('unreadable', true).length > 0) out.push(say.fixUnreadable);
  return out;
}

/** The last line when files that could not be checked block. */
function blockedBySkips(report: Report): string[] {
  if (!report.skipped.some((s) => s.blocks)) return [];
  return [report.mode === 'staged' ? messages.skipped.blockedStaged : messages.skipped.failedPaths];
}

/** The human report. Secrets are already redacted in the findings. */
export function formatText(report: Report, options: FormatOptions): string {
  const c = palette(options.color);
  const out: string[] = report.notices.map((n) => c.yellow(n));
  out.push(...skippedLines(report, c));
  if (report.baselined > 0) out.push(c.dim(baselineMessages.skipped(report.baselined)));
  if (report.findings.length === 0) {
    const unchecked = blockedBySkips(report);
    const summary =
      unchecked.length > 0 ? messages.unchecked(report.files) : messages.clean(report.files, report.skipped.length);
    out.push(summary, ...unchecked);
    return `${out.join('\n')}\n`;
  }
  const staged = report.mode === 'staged';
  const secrets = report.findings.filter((f): f is SecretFinding => f.kind === 'secret');
  const files = report.findings.filter((f): f is FileFinding => f.kind === 'file');
  const warnings = report.findings.filter((f): f is LogLeakFinding => f.kind === 'log-leak');
  const blocking = report.findings.filter(isBlocking(report)).length;
  if (secrets.length + files.length > 0) {
    out.push(c.red(c.bold(header(report, secrets.length, files.length, blocking))), '');
    for (const f of files) out.push(...fileLines(f, c), '');
    const fixable = staged && files.some((f) => f.rule !== 'secret-values-in-committed-file');
    if (fixable) out.push(messages.secretFiles.fixAll(options.kg ?? 'keyguard'));
    if (files.length > 0) out.push(messages.secretFiles.allowOne(files[0]!.file));
    if (files.length > 0 && secrets.length > 0) out.push('');
    for (const f of secrets) out.push(...secretLines(f, c), '');
    if (secrets.length > 0) {
      out.push(messages.whyItMatters, '', 'Next steps:');
      for (const line of messages.nextSteps(options.kg ?? 'keyguard')) out.push(`  ${line}`);
    }
    if (warnings.length > 0) out.push('');
  }
  if (warnings.length > 0) out.push(...warningLines(warnings, report.blockWarnings === true, c));
  if (staged && blocking > 0) out.push('', c.dim(messages.bypass));
  else if (blockedBySkips(report).length > 0) out.push('', ...blockedBySkips(report));
  return `${out.join('\n')}\n`;
}
