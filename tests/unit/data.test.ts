import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedPath } from '../support/temp';

describe('embedded default report', () => {
  it('is the user-supplied file, byte for byte', () => {
    const sha = createHash('sha256').update(readFileSync(seedPath)).digest('hex');
    expect(sha).toBe('8445b85d8103aa3760e0ffed4e2f3cb9a2a0f35d006538f6981d441aa253522b');
  });
});
