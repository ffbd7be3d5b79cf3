import { Buffer } from 'node:buffer';

/**
 * The build manifest as src/pages/build-manifest.json.ts writes it and the
 * generated-files integration reads it: one line of JSON with everything but
 * the texts of the files beside the pages (each file is listed by its address
 * and its length in bytes), then those texts one after another. At 1,000
 * sheets the texts are 67 MB; inside JSON they were escaped, and parsed
 * again, for nothing but to be written out as they were.
 */
/** Its name, beside the pages; scripts/build.mjs removes it once the steps after Astro are done. */
export const MANIFEST = 'build-manifest.json';

/**
 * `files`: each file's address on the site (/kk/2025/detection.csv) and its
 * text, as a stream of bytes that Astro reads into the manifest file: the
 * head, then each text encoded only when the reader asks for it. A machine
 * like this one pays for every megabyte the first time it is touched (about
 * 3.4 ms), and one buffer of all the texts, copied again by the Response, cost
 * the 1,000-sheet build about 1 s; encoded one by one, each text's memory is
 * reused for the next.
 */
export function packManifest(head: Record<string, unknown>, files: readonly { path: string; text: string }[]): ReadableStream<Uint8Array> {
  const list = files.map(({ path, text }) => [path, Buffer.byteLength(text)]);
  // JSON.stringify writes no line break of its own, so the first one ends the head.
  const parts = [`${JSON.stringify({ ...head, files: list })}\n`, ...files.map(({ text }) => text)];
  let next = 0;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const part = parts[next++];
        if (part === undefined) controller.close();
        else controller.enqueue(Buffer.from(part));
      },
    },
    // Nothing encoded ahead of the reader.
    { highWaterMark: 0 },
  );
}

/** The manifest's head without its file list, and each file's address and bytes; anything else is a defect of the build. */
export function unpackManifest(manifest: Uint8Array): { head: Record<string, unknown>; files: { path: string; bytes: Buffer }[] } {
  // A view of the same memory, not a copy.
  const bytes = Buffer.from(manifest.buffer, manifest.byteOffset, manifest.byteLength);
  const end = bytes.indexOf(0x0a);
  if (end < 0) throw new Error(`${MANIFEST} has no line of JSON before the files' texts`);
  const parsed: unknown = JSON.parse(bytes.subarray(0, end).toString('utf8'));
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`${MANIFEST}: its first line must be a JSON object`);
  const { files, ...head } = Object.fromEntries(Object.entries(parsed));
  if (!Array.isArray(files)) throw new Error(`${MANIFEST}: files must be a list`);
  let at = end + 1;
  const out = files.map((entry: unknown, i) => {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Number.isSafeInteger(entry[1]) || entry[1] < 0) throw new Error(`${MANIFEST}: files[${i}] must be an address and a length in bytes`);
    const [path, length]: [string, number] = [entry[0], Number(entry[1])];
    // An address within the site, never above it.
    if (!path.startsWith('/') || path.split('/').includes('..')) throw new Error(`${MANIFEST}: files[${i}] has the address ${path}, outside the site`);
    const file = { path, bytes: bytes.subarray(at, at + length) };
    at += length;
    return file;
  });
  if (at !== bytes.length) throw new Error(`${MANIFEST}: its list of files counts ${at - end - 1} bytes of text, and ${bytes.length - end - 1} follow it`);
  return { head, files: out };
}
