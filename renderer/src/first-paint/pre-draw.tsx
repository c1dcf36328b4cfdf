import regularGlyphs from '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff2?url';
import boldGlyphs from '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-700-normal.woff2?url';
import { renderToStaticMarkup } from 'react-dom/server';
import type { GlyphSource, SlidePreDrawer } from '../../../main/shared/first-paint';
import { rememberedBriefingKey } from '../app/remembered';
import { SlideView } from '../slides/SlideView';
import { DeckProgress, onDarkGround } from '../deck/DeckProgress';
import { Stage, stageHeight, stageWidth } from '../slides/Stage';
import { firstPaintScriptSource } from './first-paint-script';
import { preDrawnLayerId } from '../deck/pre-drawn-layer';

/**
 * Server-side entry (built with `vite build --ssr` into out/boot/pre-draw.cjs, loaded by the host and the
 * Electron shell): draws the first slide with the same components the app uses, so the document can paint
 * it before any script has loaded. Only a cover is drawn ahead: it has no chart, no reveal steps and nothing
 * to fit, so the app's own drawing of it, moments later, is the same picture. The layer states where an
 * address without a slide number resumes, for the first-paint script to keep it only when it applies.
 */
export const preDrawFirstSlide: SlidePreDrawer['preDrawFirstSlide'] = (deck, resumeSlide) => {
  const slide = deck.slides[0];
  if (slide?.kind !== 'cover') return null;
  const markup = renderToStaticMarkup(
    <div
      id={preDrawnLayerId}
      className="pre-drawn"
      aria-hidden="true"
      data-briefing-id={deck.briefingId}
      data-slide={0}
      data-resume-slide={resumeSlide ?? 0}
    >
      {/* The same frame, stage, layer, progress bar and slide number as DeckView, without its controllers;
          the stage is scaled by pre-drawn.css until the app's Stage measures the window. */}
      <Stage label={slide.title} scaledBy="css">
        <div className="slide-layer is-current">
          <SlideView slide={slide} revealed={slide.steps} animate={false} />
        </div>
        <DeckProgress initial={{ index: 0, total: deck.slides.length, darkGround: onDarkGround(slide.kind) }} />
      </Stage>
    </div>,
  );
  const script = firstPaintScriptSource({
    rememberedKey: rememberedBriefingKey,
    layerId: preDrawnLayerId,
    glyphDataId,
    glyphFamily: firstPaintFamily,
    stageWidth,
    stageHeight,
    appEntryAttribute,
  });
  return { markup, script, appEntryAttribute, glyphDataId };
};

/** Marks the app's entry module in the document; the first-paint script starts it (first-paint-script.ts). */
const appEntryAttribute = 'data-app-entry';
/** The JSON block the host writes the slide's glyphs into, for the first-paint script. */
const glyphDataId = 'pre-drawn-glyphs';

/**
 * The family the host's inlined glyphs are named by. styles/base.css puts it first in the app's font stack,
 * just before the family the glyphs are cut from.
 */
export const firstPaintFamily = 'Briefing First Paint';

/**
 * The app's typeface (main.tsx loads its two weights, split into ~100 files by fontsource) as one whole file
 * per weight: the host cuts the pre-drawn slide's few glyphs from these into a single inline face per weight.
 */
export const glyphSources: readonly GlyphSource[] = [
  { family: 'Noto Sans SC', weight: 400, url: regularGlyphs },
  { family: 'Noto Sans SC', weight: 700, url: boldGlyphs },
];
