import type { Page } from '@playwright/test';

/**
 * Call a channel of the first briefing from inside the page, through the same HTTP API and token the
 * renderer uses: what the app stores, as the app would read it. `input` gets `briefingId` added.
 */
export async function callFirstBriefing(page: Page, channel: string, input: Record<string, unknown> = {}): Promise<unknown> {
  return page.evaluate(
    async ({ channel, input }) => {
      const token = sessionStorage.getItem('briefing-token') ?? '';
      const post = async (name: string, body: unknown): Promise<unknown> => {
        const response = await fetch(`/api/${name}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-briefing-token': token },
          body: JSON.stringify(body),
        });
        const result = (await response.json()) as { ok: boolean; value: unknown };
        if (!result.ok) throw new Error(JSON.stringify(result));
        return result.value;
      };
      const [first] = (await post('briefings:list', {})) as { id: number }[];
      if (!first) throw new Error('no briefing');
      return post(channel, { ...input, briefingId: first.id });
    },
    { channel, input },
  );
}

/** Call a channel that names no briefing (settings:set …) from inside the page, with the page's token. */
export async function callChannel(page: Page, channel: string, input: Record<string, unknown>): Promise<unknown> {
  return page.evaluate(
    async ({ channel, input }) => {
      const response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-briefing-token': sessionStorage.getItem('briefing-token') ?? '' },
        body: JSON.stringify(input),
      });
      const result = (await response.json()) as { ok: boolean; value: unknown };
      if (!result.ok) throw new Error(JSON.stringify(result));
      return result.value;
    },
    { channel, input },
  );
}
