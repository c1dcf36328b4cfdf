import { describe, expect, it } from 'vitest';
import { updateFeedArgs, updateFeedVariable } from '../../../scripts/update-feed';

describe('updateFeedArgs', () => {
  it('adds no feed unless BRIEFING_UPDATE_URL is set: the default installers never look for updates', () => {
    expect(updateFeedVariable).toBe('BRIEFING_UPDATE_URL');
    expect(updateFeedArgs({})).toEqual([]);
    expect(updateFeedArgs({ BRIEFING_UPDATE_URL: '  ' })).toEqual([]);
  });

  it('turns the URL into a generic electron-builder feed', () => {
    expect(updateFeedArgs({ BRIEFING_UPDATE_URL: 'https://updates.intranet.example/briefing/' })).toEqual([
      '-c.publish.provider=generic',
      '-c.publish.url=https://updates.intranet.example/briefing/',
    ]);
  });

  it('refuses what is not an http(s) URL, or one with credentials that every installer would carry', () => {
    expect(() => updateFeedArgs({ BRIEFING_UPDATE_URL: 'updates.intranet' })).toThrow(/not a URL/);
    expect(() => updateFeedArgs({ BRIEFING_UPDATE_URL: 'file:///srv/briefing' })).toThrow(/http\(s\)/);
    expect(() => updateFeedArgs({ BRIEFING_UPDATE_URL: 'https://it:secret@updates.intranet/' })).toThrow(/password/);
  });
});
