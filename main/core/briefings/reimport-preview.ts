/**
 * What a new version of a report would change, before it is stored (`briefing reimport --dry-run`): the
 * figures added, changed (old → new, with both quotes) and removed, and for each the slides it shows on, the
 * deck edits and the annotations it touches; then which edits and annotations would no longer apply. The
 * re-import is run for real inside a transaction that is then rolled back, so the preview is exactly what the
 * re-import would do, and nothing is stored.
 */
import type { Annotation } from '../../shared/annotations';
import type { Deck } from '../../shared/deck';
import type { DeckEdit } from '../../shared/deck-edits';
import type { StoredFigure } from '../../shared/figure';
import type { FigureValue, ReimportPreview, Touched } from '../../shared/reimport-preview';
import { figureKeysOfSlide } from '../../shared/chart-points';
import { loadEditedDeck } from '../deck/edits/service';
import type { Db } from '../store/connection';
import { listAnnotations } from '../store/queries/annotations';
import { requireBriefing } from '../store/queries/briefings';
import { listAppliedEdits, type StoredDeckEdit } from '../store/queries/deck-edits';
import { listFiguresOfBriefing } from '../store/queries/figures';
import { inTransaction } from '../store/transaction';
import type { AnalysedReport } from './import';
import { replaceAnalysed } from './reimport';

class RolledBack extends Error {
  constructor(readonly preview: ReimportPreview) {
    super('dry run');
  }
}

export function previewReimport(db: Db, briefingId: number, sourceName: string, analysed: AnalysedReport): ReimportPreview {
  requireBriefing(db, briefingId);
  const before = snapshot(db, briefingId);
  try {
    inTransaction(db, () => {
      replaceAnalysed(db, briefingId, sourceName, analysed);
      throw new RolledBack(compare(briefingId, before, snapshot(db, briefingId)));
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.preview;
    throw error;
  }
  throw new Error('the dry run was not rolled back');
}

interface Snapshot {
  readonly figures: Map<string, StoredFigure>;
  readonly deck: Deck;
  readonly edits: readonly StoredDeckEdit[];
  readonly orphans: readonly { edit: DeckEdit; reason: string }[];
  readonly annotations: readonly Annotation[];
}

function snapshot(db: Db, briefingId: number): Snapshot {
  const edited = loadEditedDeck(db, briefingId);
  return {
    figures: new Map(listFiguresOfBriefing(db, briefingId).map((f) => [f.key, f])),
    deck: edited.deck,
    edits: listAppliedEdits(db, briefingId),
    orphans: edited.orphans.map(({ edit, reason }) => ({ edit, reason })),
    annotations: listAnnotations(db, { briefingId, includeDeleted: false }),
  };
}

const valueOf = (figure: StoredFigure): FigureValue => ({ valueText: figure.valueText, unit: figure.unit, quote: figure.source.quoteText });

function compare(briefingId: number, before: Snapshot, after: Snapshot): ReimportPreview {
  const touched = (key: string): Touched => {
    const slides = [...new Set([before.deck, after.deck].flatMap((deck) => deck.slides.filter((s) => figureKeysOfSlide(s).includes(key)).map((s) => s.key ?? s.id)))];
    const edits = before.edits.flatMap(({ edit, context }, index) =>
      context.figureKeys.includes(key) || (edit.op === 'moveFigure' && edit.figure === key) ? [{ index, edit }] : [],
    );
    const annotations = before.annotations
      .filter(({ anchor }) => (anchor.kind === 'figure' ? anchor.figureKey === key : anchor.kind !== 'quote' && anchor.context.figureKeys.includes(key)))
      .map((a) => a.id);
    return { slides, edits, annotations };
  };
  const added = [...after.figures.values()].filter((f) => !before.figures.has(f.key)).map((f) => ({ key: f.key, label: f.label, ...valueOf(f), ...touched(f.key) }));
  const removed = [...before.figures.values()].filter((f) => !after.figures.has(f.key)).map((f) => ({ key: f.key, label: f.label, ...valueOf(f), ...touched(f.key) }));
  const changed = [...before.figures.values()].flatMap((old) => {
    const next = after.figures.get(old.key);
    if (!next || (next.valueText === old.valueText && next.unit === old.unit && next.value === old.value)) return [];
    return [{ key: old.key, label: next.label, old: valueOf(old), new: valueOf(next), ...touched(old.key) }];
  });
  const wasOrphan = new Set(before.orphans.map((o) => JSON.stringify(o.edit)));
  const orphanedEdits = after.orphans.filter((o) => !wasOrphan.has(JSON.stringify(o.edit)));
  const orphanedNotes = listOrphanIds(after.annotations);
  const figures = { added, changed, removed };
  return {
    briefingId,
    figures,
    edits: { kept: after.edits.length - after.orphans.length, orphaned: orphanedEdits },
    annotations: { attached: after.annotations.length - orphanedNotes.length, orphaned: orphanedNotes },
    names: { slides: slideTitles(before.deck, after.deck), annotations: annotationTexts(before.annotations, figures, orphanedNotes) },
  };
}

/** Every slide's title, as presented now; a slide only the new version has, as it would be. */
function slideTitles(before: Deck, after: Deck): Record<string, string> {
  const titles: Record<string, string> = {};
  for (const slide of [...after.slides, ...before.slides]) titles[slide.key ?? slide.id] = slide.title;
  return titles;
}

/** The text of each annotation the preview names (touched by a figure, or orphaned). */
function annotationTexts(annotations: readonly Annotation[], figures: ReimportPreview['figures'], orphaned: readonly string[]): Record<string, string> {
  const named = new Set([...orphaned, ...[...figures.added, ...figures.changed, ...figures.removed].flatMap((f) => f.annotations)]);
  return Object.fromEntries(annotations.filter((a) => named.has(a.id)).map((a) => [a.id, a.body]));
}

const listOrphanIds = (annotations: readonly Annotation[]): string[] => annotations.filter((a) => a.orphan).map((a) => a.id);
