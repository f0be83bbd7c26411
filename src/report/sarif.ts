import { messages } from '../messages.js';
import type { Finding, Report, SecretFinding } from './types.js';

function messageOf(f: Finding): string {
  if (f.kind === 'secret') return `${f.description}: ${f.secret}`;
  if (f.kind === 'log-leak') return `${f.description}: ${f.fix}`;
  return `${f.file} is staged: ${f.fix}`;
}

declare const __VERSION__: string;

/** History mode: the commit that brought the key in, and where it lives now (a result's property bag). */
function historyProperties(f: SecretFinding) {
  return { commit: f.commit, author: f.author, date: f.date, pushed: f.pushed, present: f.present };
}

/**
 * The run's invocation: each file not scanned (or only in part) is a tool execution notification, an error when it
 * fails the scan, and then the execution did not succeed.
 */
function invocation(report: Report) {
  return {
    executionSuccessful: !report.skipped.some((s) => s.blocks),
    toolExecutionNotifications: report.skipped.map((s) => ({
      level: s.blocks ? 'error' : 'note',
      descriptor: { id: `keyguard/skipped/${s.reason}` },
      message: { text: `${s.file}: ${messages.skipped.reason[s.reason]}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(s.file) } } }],
    })),
  };
}

/** SARIF 2.1.0 for code-scanning dashboards. Secrets are already redacted. */
export function formatSarif(report: Report): string {
  const ruleIds = [...new Set(report.findings.map((f) => f.rule))];
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'keyguard',
            version: typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0',
            rules: ruleIds.map((id) => {
              const f = report.findings.find((x) => x.rule === id)!;
              const label = messages.secretFiles.label[id] ?? 'Secret-bearing file staged';
              const text = f.kind === 'file' ? label : f.description;
              return { id, shortDescription: { text }, help: { text: f.kind === 'secret' ? f.remediation : f.fix } };
            }),
          },
        },
        results: report.findings.map((f) => ({
          ruleId: f.rule,
          level: f.kind === 'log-leak' || (f.kind === 'secret' && f.confidence === 'low') ? 'warning' : 'error',
          message: { text: messageOf(f) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(f.file) },
                ...(f.kind === 'file' ? {} : { region: { startLine: f.line, startColumn: f.column } }),
              },
            },
          ],
          ...(f.kind === 'secret' ? { partialFingerprints: { 'keyguard/v2': f.fingerprint } } : {}),
          ...(f.kind === 'secret' && f.commit !== undefined ? { properties: historyProperties(f) } : {}),
        })),
        invocations: [invocation(report)],
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
