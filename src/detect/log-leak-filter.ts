/**
 * Which files the log-leak check reads, and a cheap test of whether a text could hold a leak at all: most commits
 * stop here, before the check (and its lexers) is loaded.
 */
export type LeakLanguage = 'js' | 'python' | 'shell' | 'ci';

const JS = /\.(?:[cm]?[jt]sx?|vue|svelte)$/;
const SHELL = /\.(?:sh|bash|zsh|ksh)$/;
const CI =
  /(?:^|\/)(?:\.github\/workflows\/[^/]+\.ya?ml|\.gitlab-ci\.ya?ml|\.circleci\/config\.ya?ml|azure-pipelines\.ya?ml|bitbucket-pipelines\.ya?ml|\.travis\.ya?ml|\.drone\.ya?ml|\.buildkite\/[^/]+\.ya?ml|Jenkinsfile)$/;

export function leakLanguageOf(path: string): LeakLanguage | null {
  if (JS.test(path) && !/\.d\.[cm]?ts$/.test(path)) return 'js';
  if (path.endsWith('.py')) return 'python';
  if (SHELL.test(path)) return 'shell';
  return CI.test(path) ? 'ci' : null;
}

/** A log call and something secret-looking near it; both tested on the whole text, once. */
const PREFILTER: Record<LeakLanguage, RegExp[]> = {
  js: [/console\.|log|\.write\(/, /process\.env|key|token|secret|passw|credential/i],
  python: [/print|log|\.write\(|echo/, /environ|getenv|key|token|secret|passw|credential/i],
  shell: [/set\s+-[a-z]*x|xtrace/, /key|token|secret|passw/i],
  ci: [/\b(?:printenv|env)\b/],
};

export function mayLeak(language: LeakLanguage, text: string): boolean {
  return PREFILTER[language].every((re) => re.test(text));
}
