import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/cli/args.js';

describe('parseCommand', () => {
  it.each([
    [['scan', '--staged'], { name: 'scan', staged: true, fix: false, format: 'text', paths: [], verbose: false }],
    [
      ['scan', '--staged', '--fix'],
      { name: 'scan', staged: true, fix: true, format: 'text', paths: [], verbose: false },
    ],
    [
      ['scan', 'a', '--format', 'json', 'b'],
      { name: 'scan', staged: false, fix: false, format: 'json', paths: ['a', 'b'], verbose: false },
    ],
    [
      ['scan', '--format=sarif'],
      { name: 'scan', staged: false, fix: false, format: 'sarif', paths: [], verbose: false },
    ],
    [
      ['scan', '-f', 'json', '.'],
      { name: 'scan', staged: false, fix: false, format: 'json', paths: ['.'], verbose: false },
    ],
    [['scan', '-fjson'], { name: 'scan', staged: false, fix: false, format: 'json', paths: [], verbose: false }],
    [
      ['scan', '--', '--staged', '-'],
      { name: 'scan', staged: false, fix: false, format: 'text', paths: ['--staged', '-'], verbose: false },
    ],
    [
      ['scan', '--staged', '--verbose'],
      { name: 'scan', staged: true, fix: false, format: 'text', paths: [], verbose: true },
    ],
    [['scan', '-h'], { name: 'help' }],
    [['init', '-y', '--no-lint-staged'], { name: 'init', yes: true, lintStaged: false }],
    [['init', '--lint-staged'], { name: 'init', yes: false, lintStaged: true }],
    [['rules', '--format', 'json'], { name: 'rules', format: 'json' }],
    [['baseline'], { name: 'baseline', force: [] }],
    [['baseline', '--force', 'jwt', '--force=github-token'], { name: 'baseline', force: ['jwt', 'github-token'] }],
    [[], { name: 'help' }],
    [['--version'], { name: 'version' }],
  ])('%j', (argv, command) => {
    expect(parseCommand(argv)).toEqual(command);
  });

  it.each([
    [['scan', '--bogus'], "Unknown option '--bogus'"],
    [['scan', '-x'], "Unknown option '-x'"],
    [['scan', '--format'], "Option '-f, --format <value>' argument missing"],
    [['scan', '-f'], "Option '-f, --format <value>' argument missing"],
    [['scan', '--format', '--staged'], "Option '--format' argument is ambiguous"],
    [['scan', '--staged=yes'], "Option '--staged' does not take an argument"],
    [['scan', '--format', 'xml'], 'unknown format "xml" (use text, json or sarif)'],
    [['scan', '--fix'], '--fix works with --staged'],
    [['baseline', '--nope'], "Unknown option '--nope'"],
    [['baseline', 'extra', '--nope'], "Unexpected argument 'extra'"],
    [['rules', 'aws'], "Unexpected argument 'aws'"],
    [['init', '--lint-staged', '--no-lint-staged'], 'choose one of --lint-staged and --no-lint-staged'],
    [['frobnicate'], 'unknown command "frobnicate"'],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(message);
  });
});
