// The few web-standard globals the core uses. They exist in Node ≥ 18 and in workers alike;
// declaring them here keeps the core's tsconfig free of the DOM lib.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare const console: { log(...a: unknown[]): void; warn(...a: unknown[]): void; error(...a: unknown[]): void };
declare function queueMicrotask(cb: () => void): void;
declare function setTimeout(cb: () => void, ms?: number): unknown;
