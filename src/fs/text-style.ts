/** How a text file is written, so that edits keep it: line ending, JSON indentation, final newline. */
export interface TextStyle {
  eol: '\n' | '\r\n';
  indent: string;
  finalNewline: boolean;
  bom: boolean;
}

export function styleOf(text: string): TextStyle {
  const body = text.replace(/^\uFEFF/, '');
  const indent = /^([ \t]+)\S/m.exec(body)?.[1] ?? '  ';
  return {
    eol: /\r\n/.test(body) ? '\r\n' : '\n',
    indent,
    finalNewline: body.length === 0 || /\n$/.test(body),
    bom: text.startsWith('\uFEFF'),
  };
}

/** Serialise JSON the way the original file was written. */
export function formatJson(value: unknown, style: TextStyle): string {
  const body = JSON.stringify(value, null, style.indent).replace(/\n/g, style.eol);
  return `${style.bom ? '\uFEFF' : ''}${body}${style.finalNewline ? style.eol : ''}`;
}

/** Append one line to a text file's content, keeping its line ending and adding a missing final newline. */
export function appendLine(text: string, line: string): string {
  const { eol } = styleOf(text);
  if (text.length === 0) return `${line}${eol}`;
  return `${text}${/\n$/.test(text) ? '' : eol}${line}${eol}`;
}
