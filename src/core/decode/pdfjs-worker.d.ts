// pdfjs-dist ships no types for its worker module; we import it only for its side effect.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
