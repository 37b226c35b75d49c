// Web Worker: fetches, decodes and parses the dataset's JSON off the page's main thread (10 MB and more for
// a national dataset: even taking in the response body costs the page's thread a long task) and posts it
// back in slices (json-slices.ts). The page validates it. Started by the page's starter script with the
// dataset's URL as soon as the app starts loading, or by the app itself (parse-off-main.ts).
import { fetchJson } from './fetch-json';
import { resultMessages } from './json-slices';

self.onmessage = async (e: MessageEvent<{ url: string }>) => {
  for (const message of resultMessages(await fetchJson(e.data.url))) self.postMessage(message);
  // One dataset per worker: its work is done (posted messages are delivered after it closes).
  self.close();
};
