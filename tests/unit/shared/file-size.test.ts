import { describe, expect, it } from 'vitest';
import { megabytes, megabytesUp } from '../../../main/shared/file-size';

describe('sizes in refusals', () => {
  it('round a size up to a tenth of a MB, so one byte over a cap never reads as the cap', () => {
    expect(megabytesUp(20 * 2 ** 20 + 1)).toBe('20.1 MB');
    expect(megabytesUp(20 * 2 ** 20)).toBe('20.0 MB');
    expect(megabytesUp(53 * 10 ** 6)).toBe('50.6 MB');
    expect(megabytesUp(1)).toBe('0.1 MB');
  });

  it('write a cap as a whole number of MB', () => {
    expect(megabytes(64 * 2 ** 20)).toBe('64 MB');
  });
});
