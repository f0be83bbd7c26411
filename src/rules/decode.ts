/** Offline structure checks shared by rules: base64 segments that must hold JSON objects. */

/** Decode base64 or base64url text (padding optional); undefined when it is not base64. */
export function base64Bytes(text: string): Buffer | undefined {
  const clean = text.replace(/[\s=]+$/g, '');
  if (!/^[A-Za-z0-9+/_-]*$/.test(clean) || clean.length % 4 === 1) return undefined;
  return Buffer.from(clean.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

/** The JSON object a base64 segment encodes, or undefined (not base64, not JSON, or not an object). */
export function jsonObject(segment: string): Record<string, unknown> | undefined {
  const bytes = base64Bytes(segment);
  if (!bytes) return undefined;
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Base64 of a JSON object, for examples: b64json({ alg: 'HS256' }) → "eyJ…". */
export function b64json(value: object, url = true): string {
  return Buffer.from(JSON.stringify(value)).toString(url ? 'base64url' : 'base64');
}
