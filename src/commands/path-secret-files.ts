import type { Config } from '../config/types.js';
import { secretNameTest } from '../detect/file-matcher.js';
import { fileClassOf, keyMaterialIsSecret } from '../detect/secret-file-content.js';
import { FILE_RULES, finding, valuesFinding } from '../detect/secret-files.js';
import { indexedPaths } from '../git/index-entries.js';
import { ignoredPaths } from '../git/check-ignore.js';
import { mainEntry } from '../git/ignore-entry.js';
import { messages } from '../messages.js';
import type { FileFinding } from '../report/types.js';
import { decodeContent } from '../sources/decode.js';
import type { ListedFile } from '../sources/list-files.js';

/**
 * Secret-bearing files among those a path scan reads, judged like staged ones: tracked ones (their keys are in the
 * history) and untracked ones that .gitignore does not cover (`git add .` would commit them). Outside a
 * repository there is no such question. Names are judged relative to the repository root, as git knows them;
 * findings show them as the scan displays them.
 */
export async function pathSecretFiles(root: string | null, config: Config) {
  const test = root === null ? null : await secretNameTest(config);
  const candidates: ListedFile[] = [];
  const found: FileFinding[] = [];
  return {
    judge: (file: ListedFile, bytes: Buffer): void => {
      const kind = test === null ? null : fileClassOf(file.path, test);
      if (kind === null) return;
      if (kind === 'name') {
        candidates.push(file);
        return;
      }
      const content = decodeContent(bytes);
      const binary = content.kind === 'binary';
      const text = content.kind === 'binary' ? bytes : content.text;
      if (kind === 'key-material' && keyMaterialIsSecret(file.path, text, binary)) candidates.push(file);
      if (kind === 'convention' && !binary) found.push(...valuesFinding(file.display, text));
    },
    findings(): FileFinding[] {
      if (root === null || candidates.length === 0) return found;
      const paths = candidates.map((f) => f.path);
      const tracked = indexedPaths(root, paths);
      const ignored = ignoredPaths(root, paths);
      const files = candidates.flatMap(({ path, display }): FileFinding[] => {
        if (tracked.has(path)) return [finding(display, true, ignored.has(path))];
        if (ignored.has(path)) return [];
        const fix = messages.secretFiles.fixUntracked(mainEntry(path));
        return [{ kind: 'file', rule: FILE_RULES.unignored, file: display, fix }];
      });
      return [...files, ...found];
    },
  };
}
