// Web Worker: downloads, decodes and parses the dataset's JSON off the page's main thread (10 MB and more for
// a national dataset: even taking in the response body costs the page's thread a long task) and posts it
// back in slices (json-slices.ts); the page validates it. Two messages: { url } starts the download (the
// page's starter sends it as soon as the app starts loading), { parse: true } asks for the result (the app
// sends it once its script has run: parsing earlier would compete for the CPU with compiling that script).
import { fetchBytes, parseBytes, type FetchResult } from './fetch-json';
import { resultMessages } from './json-slices';

export type WorkerRequest = { url: string } | { parse: true };

let download: Promise<FetchResult> | null = null;

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  if ('url' in e.data) {
    download = fetchBytes(e.data.url);
    return;
  }
  if (!download) return;
  const fetched = await download;
  for (const message of resultMessages(fetched.ok ? parseBytes(fetched.bytes) : fetched))
    self.postMessage(message);
  // One dataset per worker: its work is done (posted messages are delivered after it closes).
  self.close();
};
