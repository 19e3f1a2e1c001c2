// The engine is built without the DOM lib and without Node's types, yet it may use the few globals
// that every place it runs has (service worker, popup, Node ≥ 20): the WHATWG URL parser and
// TextEncoder/TextDecoder. Declared here, minimally, so nothing else from those libs leaks in.
declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly host: string;
  readonly port: string;
  readonly pathname: string;
  readonly search: string;
  readonly origin: string;
  readonly searchParams: { forEach(callback: (value: string, key: string) => void): void };
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
declare function atob(data: string): string;
declare function btoa(data: string): string;
