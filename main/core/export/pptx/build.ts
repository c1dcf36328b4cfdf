import type { Slide } from '../../../shared/deck';
import { finishPackage, type SlideFinish } from './finish';
import { page, typeface } from './look';
import { notesLines, type QuotedFigure } from './notes';
import { drawSlide } from './slides';

/**
 * A briefing as a PowerPoint presentation, built from the deck the app shows: one 16:9 slide per slide
 * given, in the app's layouts, charts as native charts, the notes and each figure's source in the speaker
 * notes. The caller chooses the slides (every slide today; the visible ones once slides can be hidden).
 */
export interface PresentationContent {
  readonly title: string;
  readonly slides: readonly Slide[];
  /** The figures the slides show, by key, with their source sentence (for the notes). */
  readonly figures: ReadonlyMap<string, QuotedFigure>;
}

export async function buildPresentation({ title, slides, figures }: PresentationContent): Promise<Uint8Array> {
  // Loaded on the first export: most runs never write a presentation.
  const [{ default: PptxGenJS }, { default: JSZip }] = await Promise.all([import('pptxgenjs'), import('jszip')]);
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: 'BRIEFING_16x9', width: page.width, height: page.height });
  pptx.layout = 'BRIEFING_16x9';
  pptx.title = title;
  pptx.author = 'Briefing';
  pptx.company = '';
  pptx.theme = { headFontFace: typeface, bodyFontFace: typeface };

  const finishes: SlideFinish[] = slides.map((content) => {
    const slide = pptx.addSlide();
    const drawn = drawSlide(pptx, slide, content);
    const notes = notesLines(content, figures);
    slide.addNotes(notes.join('\n'));
    return { chartLabels: drawn ? drawn.labels : null, notes };
  });

  const written = (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
  const zip = await JSZip.loadAsync(written);
  await finishPackage(zip, finishes);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
