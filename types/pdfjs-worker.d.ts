/** pdfjs-dist's worker module ships without types; it is only handed to pdfjs as globalThis.pdfjsWorker. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
