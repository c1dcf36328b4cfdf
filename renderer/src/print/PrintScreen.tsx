import './print.css';
import { useEffect, useState, type JSX } from 'react';
import type { Annotation } from '../../../main/shared/annotations';
import type { Deck } from '../../../main/shared/deck';
import { printPageSizes, type PrintKind } from '../../../main/shared/print';
import { request, type BriefingApi } from '../api/client';
import { ChartRendererContext } from '../charts/ChartView';
import { announcePrintState } from './print-ready';
import { PrintHandout } from './PrintHandout';
import { PrintSlides } from './PrintSlides';

interface PrintScreenProps {
  readonly api: BriefingApi;
  readonly kind: PrintKind;
  /** The briefing to print; null when there is none to print (an empty library). */
  readonly briefingId: number | null;
}

type PrintLoad =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'ready'; readonly deck: Deck; readonly annotations: readonly Annotation[] };

async function loadPrint(api: BriefingApi, kind: PrintKind, briefingId: number): Promise<PrintLoad> {
  const [deck, annotations] = await Promise.all([
    request(api, 'deck:get', { briefingId }),
    kind === 'handout' ? request(api, 'annotations:list', { briefingId }) : Promise.resolve([]),
  ]);
  return { status: 'ready', deck, annotations };
}

/**
 * The route's paper: its @page size and no margin (the pages carry their own), for as long as it is shown,
 * from the sizes the shell and the tests read (main/shared/print.ts). Returns the removal.
 */
function declarePageSize(kind: PrintKind): () => void {
  const { widthMm, heightMm } = printPageSizes[kind];
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`@page { size: ${widthMm}mm ${heightMm}mm; margin: 0; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  };
}

/**
 * `#/print/slides` and `#/print/handout`: the briefing laid out on paper, for printToPDF (desktop) or the
 * browser's own printing (preview). The page is white and scrolls; charts draw as SVG; the document takes
 * the briefing's title, which Chromium writes into the PDF as its title.
 */
export function PrintScreen({ api, kind, briefingId }: PrintScreenProps): JSX.Element {
  const [load, setLoad] = useState<PrintLoad>(() =>
    briefingId === null ? { status: 'error', message: '没有可导出的简报：简报库是空的。' } : { status: 'loading' },
  );
  useEffect(() => {
    if (briefingId === null) return;
    let cancelled = false;
    loadPrint(api, kind, briefingId).then(
      (next) => !cancelled && setLoad(next),
      (error: unknown) => !cancelled && setLoad({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [api, kind, briefingId]);

  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('is-print');
    return () => root.classList.remove('is-print');
  }, []);
  useEffect(() => declarePageSize(kind), [kind]);
  const title = load.status === 'ready' ? load.deck.title : null;
  useEffect(() => {
    if (title !== null) document.title = title;
  }, [title]);
  const failure = load.status === 'error' ? load.message : null;
  useEffect(() => {
    if (failure !== null) announcePrintState('error', failure);
  }, [failure]);

  if (load.status === 'loading') return <p className="print-message" role="status">正在准备打印…</p>;
  if (load.status === 'error') return <p className="print-message is-error" role="alert">无法导出：{load.message}</p>;
  return (
    <ChartRendererContext.Provider value="svg">
      {kind === 'slides' ? <PrintSlides deck={load.deck} /> : <PrintHandout deck={load.deck} annotations={load.annotations} />}
    </ChartRendererContext.Provider>
  );
}
