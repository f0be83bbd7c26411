import { ALNUM, LOWER, fake } from '../../src/rules/fake.js';

/**
 * A line of minified JavaScript, as bundlers emit it: short names, chained calls, hashed chunk names, React keys,
 * Babel's class helpers. `length` characters, roughly.
 */
export function minifiedCode(seed: string, length = 6000): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    const a = fake(LOWER, 1, `${seed}a${i}`);
    const b = fake(LOWER, 1, `${seed}b${i}`);
    const pick = i % 8;
    const part =
      pick === 0
        ? `function ${a}(${b},t){return ${b}&&t?${b}.key:void 0}`
        : pick === 1
          ? `${a}.tokenize=function(${b}){return ${b}.split(/\\s+/)}`
          : pick === 2
            ? `var ${a}={key:"componentDidMount",value:function(){this.${b}=!0}}`
            : pick === 3
              ? `"chunk-${fake(LOWER + '0123456789', 8, `${seed}c${i}`)}":"${fake('0123456789abcdef', 20, `${seed}d${i}`)}"`
              : pick === 4
                ? `${a}.createElement("li",{key:"item-"+${b},className:"css-${fake(LOWER + '0123456789', 6, `${seed}e${i}`)}"})`
                : pick === 5
                  ? `if(!${b}.token)throw new Error("missing token");`
                  : pick === 6
                    ? `${a}.secretKeyRef=${b}.secretKeyRef||null`
                    : `${a}=${a}||{};${a}.${fake(ALNUM, 6, `${seed}f${i}`)}=${i}`;
    parts.push(part);
    size += part.length + 1;
  }
  return parts.join(';');
}
