import { styleText } from 'node:util';
import { baselineMessages, historyMessages as say, messages } from '../messages.js';
import { isBlocking, type Report, type SecretFinding, type SkipReason } from './types.js';

type Style = 'bold' | 'red' | 'dim' | 'yellow';
const paint = (on: boolean, style: Style) => (text: string) =>
  on ? styleText(style, text, { validateStream: false }) : text;

/** The provider's page where the key is revoked: the first address in the rule's remediation, else the hint. */
export function revokeUrl(remediation: string): string {
  const url = /https?:\/\/[^\s)]+/.exec(remediation)?.[0];
  return url === undefined ? remediation : url.replace(/[.,;:]+$/, '');
}

/** One key: what, where it came in, where it lives now, and what to do (revoke when pushed, rewrite when local). */
function keyLines(f: SecretFinding, color: boolean): string[] {
  const bold = paint(color, 'bold');
  const red = paint(color, 'red');
  const dim = paint(color, 'dim');
  const low = f.confidence === 'low' ? ` ${dim(`[${messages.lowConfidence}]`)}` : '';
  const out = [
    `  ${bold(f.secret)}  ${red(f.description)} ${dim(`(${f.rule})`)}${low}`,
    `    ${say.introduced(f.commit ?? '', f.date ?? '', f.author ?? '', `${f.file}:${f.line}:${f.column}`)}`,
    `    ${f.present ? say.presentNow(f.file) : say.goneNow}`,
  ];
  if (f.pushed) {
    out.push(`    ${red(say.pushed(f.remoteBranch, f.date ?? '', revokeUrl(f.remediation)))}`);
  } else {
    out.push(`    ${say.local}`);
    for (const line of [...say.rebase(f.commit ?? '', f.rootCommit === true), ...say.filterRepo(f.rule)])
      out.push(`      ${line}`);
    out.push(`    ${dim(`revoke: ${f.remediation}`)}`);
  }
  return out;
}

function skippedLines(report: Report): string[] {
  const files = (reason: SkipReason) => report.skipped.filter((s) => s.reason === reason).map((s) => s.file);
  const out: string[] = [];
  for (const reason of ['binary', 'too-large', 'unreadable'] as const)
    if (files(reason).length > 0) out.push(messages.skipped[reason](files(reason)));
  if (report.skipped.some((s) => s.blocks && s.reason === 'too-large'))
    out.push(messages.skipped.allowLarge(report.skipped.filter((s) => s.blocks).map((s) => s.file)));
  return out;
}

/** The incident report of `scan --history` and `scan --pre-push`, grouped by key (each key once). */
export function formatHistoryText(report: Report, options: { color: boolean }): string {
  const out: string[] = [...report.notices, ...skippedLines(report)];
  if (report.baselined > 0) out.push(baselineMessages.skipped(report.baselined));
  const keys = report.findings.filter((f): f is SecretFinding => f.kind === 'secret');
  const commits = report.commits ?? 0;
  if (keys.length === 0) {
    out.push(say.clean(commits));
    return `${out.join('\n')}\n`;
  }
  const header = report.mode === 'pre-push' ? say.prePushHeader : say.header;
  out.push(paint(options.color, 'bold')(header(keys.length, commits)), '');
  for (const f of keys) out.push(...keyLines(f, options.color), '');
  out.push(...say.checklist);
  if (report.mode === 'pre-push' && keys.some(isBlocking(report))) out.push('', say.prePushBypass);
  return `${out.join('\n')}\n`;
}
