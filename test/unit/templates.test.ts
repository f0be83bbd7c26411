import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/config/load.js';
import { DEFAULT_CONFIG } from '../../src/config/types.js';

describe('templates', () => {
  it('the configuration skeleton is a valid configuration equal to the defaults', () => {
    const text = readFileSync(new URL('../../templates/keyguardrc.json', import.meta.url), 'utf8');
    const config = validateConfig(JSON.parse(text), 'templates/keyguardrc.json');
    expect({ ...config, source: null }).toEqual(DEFAULT_CONFIG);
  });
});
