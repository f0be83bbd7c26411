import { isObject, type Json } from './package-json.js';

/** The value at `key` (a path of object keys), or undefined. */
export function getAt(data: Json, key: readonly string[]): unknown {
  let value: unknown = data;
  for (const part of key) value = isObject(value) ? value[part] : undefined;
  return value;
}

/** A copy of `data` with `key` set (missing objects on the way created); every other key keeps its place. */
export function setAt(data: Json, key: readonly string[], value: unknown): Json {
  const [first, ...rest] = key;
  if (first === undefined) return data;
  if (rest.length === 0) return { ...data, [first]: value };
  const child = isObject(data[first]) ? data[first] : {};
  return { ...data, [first]: setAt(child, rest, value) };
}

/** A copy of `data` without `key`; with `dropEmptyParent`, the object holding it goes too when left empty. */
export function deleteAt(data: Json, key: readonly string[], dropEmptyParent = false): Json {
  const [first, ...rest] = key;
  if (first === undefined || !(first in data)) return data;
  if (rest.length === 0) {
    const { [first]: _gone, ...others } = data;
    return others;
  }
  const child = data[first];
  if (!isObject(child)) return data;
  const next = deleteAt(child, rest, dropEmptyParent);
  if (dropEmptyParent && rest.length === 1 && Object.keys(next).length === 0) return deleteAt(data, [first]);
  return { ...data, [first]: next };
}
