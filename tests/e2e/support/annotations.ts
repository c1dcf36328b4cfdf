import type { BrowserContext, Locator, Page } from '@playwright/test';
import type { Annotation } from '../../../main/shared/annotations';
import { callFirstBriefing } from './api';
import { openDeck, presetSettings } from './deck';
import { startPreview, type Preview } from './preview';
import { expect, previewFixture, test as shared, watchPage } from './fixtures';

/**
 * Annotations write to the store. Specs that add them get a preview (and a store) of their own, so no other
 * spec run by the same worker finds their notes and ink on its slides.
 */
export const test = shared.extend<object, { preview: Preview }>({ preview: previewFixture });

/**
 * A copy of the app with an empty store of its own (another preview), open in a new tab on slide `n`: for
 * a story whose counts must be exact, whatever the other specs of the worker wrote. The tab must end
 * without console errors or requests elsewhere.
 */
export async function withOwnCopy(context: BrowserContext, n: number, story: (page: Page) => Promise<void>): Promise<void> {
  const own = await startPreview();
  try {
    const page = await context.newPage();
    const watch = watchPage(page, own.origin);
    await presetSettings(page, { revealMode: 'all', animate: false });
    await openDeck(page, own.url, n);
    await story(page);
    await page.close();
    expect(watch.errors, 'console errors').toEqual([]);
    expect(watch.offOrigin, 'requests to other origins').toEqual([]);
  } finally {
    await own.stop();
  }
}

export const panel = (page: Page): Locator => page.getByRole('complementary', { name: '批注' });
export const noteList = (page: Page): Locator => panel(page).getByRole('list', { name: '批注列表' });
export const noteCard = (page: Page, text: string): Locator => noteList(page).locator('.note-card').filter({ hasText: text });

/** The briefing's annotations as the store has them (deleted ones too when asked), through the same API. */
export async function storedAnnotations(page: Page, includeDeleted = false): Promise<Annotation[]> {
  return (await callFirstBriefing(page, 'annotations:list', { includeDeleted })) as Annotation[];
}

/** Drag the mouse over the stage through points given in slide coordinates (0..1), as a pen stroke. */
export async function drawOnStage(page: Page, points: readonly (readonly [number, number])[]): Promise<void> {
  const stage = await page.locator('.deck .stage').boundingBox();
  if (!stage) throw new Error('no stage');
  const at = ([x, y]: readonly [number, number]): [number, number] => [stage.x + stage.width * x, stage.y + stage.height * y];
  const [first, ...rest] = points;
  if (!first) return;
  await page.mouse.move(...at(first));
  await page.mouse.down();
  for (const point of rest) await page.mouse.move(...at(point), { steps: 4 });
  await page.mouse.up();
}

/**
 * Select characters `start`–`end` of a source paragraph with the mouse, as a reader does: press at the left
 * edge of the first character and release at the right edge of the last.
 */
export async function selectWithMouse(page: Page, paragraphId: number, start: number, end: number): Promise<string> {
  const box = await page.evaluate(
    ({ paragraphId, start, end }) => {
      const paragraph = document.querySelector(`[data-paragraph-id="${paragraphId}"]`);
      if (!paragraph) throw new Error('no paragraph');
      paragraph.scrollIntoView({ block: 'center' });
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      const charRect = (offset: number): DOMRect => {
        let left = offset;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.nodeValue?.length ?? 0;
          if (left < length) {
            const range = document.createRange();
            range.setStart(node, left);
            range.setEnd(node, left + 1);
            walker.currentNode = paragraph;
            return range.getBoundingClientRect();
          }
          left -= length;
        }
        throw new Error('offset past the paragraph');
      };
      const first = charRect(start);
      const last = charRect(end - 1);
      return {
        from: { x: first.left + 2, y: first.top + first.height / 2 },
        to: { x: last.right - 2, y: last.top + last.height / 2 },
        text: (paragraph.textContent ?? '').slice(start, end),
      };
    },
    { paragraphId, start, end },
  );
  await page.mouse.move(box.from.x, box.from.y);
  await page.mouse.down();
  await page.mouse.move(box.to.x, box.to.y, { steps: 8 });
  await page.mouse.up();
  return box.text;
}
