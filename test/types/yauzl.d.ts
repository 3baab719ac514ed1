// The promise API of yauzl 3 (its own package ships no types; @types/yauzl describes version 2).
declare module 'yauzl' {
  interface Entry {
    fileName: string;
  }
  interface ZipFile {
    eachEntry(): AsyncIterable<Entry>;
    openReadStreamPromise(entry: Entry): Promise<NodeJS.ReadableStream>;
    close(): void;
  }
  const yauzl: { openPromise(path: string, options?: Record<string, unknown>): Promise<ZipFile> };
  export default yauzl;
}
