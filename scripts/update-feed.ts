/**
 * The optional internal update feed, chosen when the installers are built and never by the app itself.
 * Without BRIEFING_UPDATE_URL (the default) the installers carry no feed: the app never looks for updates.
 * With it, electron-builder is told to write a `generic` feed (latest.yml next to the installers, and
 * app-update.yml inside the app naming the URL); IT copies the release folder to that URL on its own server.
 */

export const updateFeedVariable = 'BRIEFING_UPDATE_URL';
/** The override that carries the URL (so a script can read the URL back from the arguments). */
export const feedUrlArg = '-c.publish.url=';

/** electron-builder's command-line overrides for the feed named in `env`, or none. Throws on a bad URL. */
export function updateFeedArgs(env: Readonly<Record<string, string | undefined>>): string[] {
  const raw = env[updateFeedVariable]?.trim();
  if (!raw) return [];
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${updateFeedVariable} is not a URL: ${raw}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${updateFeedVariable} must be an http(s) URL of the internal update server, not ${url.protocol}`);
  }
  if (url.username || url.password) {
    throw new Error(`${updateFeedVariable} must not carry a user name or password: the URL is written into every installer`);
  }
  return ['-c.publish.provider=generic', `${feedUrlArg}${url.href}`];
}
