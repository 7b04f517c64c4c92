// The few web globals pdf.ts uses to load pdfjs's character maps, for the core's tsconfig
// (no DOM lib). Not referenced from code, so other tsconfigs keep their own (DOM, Node) types.
interface ImportMeta {
  readonly url: string;
}
declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly pathname: string;
  readonly protocol: string;
}
declare function fetch(url: string): Promise<{ ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer> }>;
