// Web Worker: decodes and parses the dataset's JSON off the page's main thread (10 MB and more for a
// national dataset) and posts it back in slices (json-slices.ts). The page validates it.
import { parseToMessages } from './json-slices';

self.onmessage = (e: MessageEvent<ArrayBuffer>) => {
  for (const message of parseToMessages(new TextDecoder().decode(e.data))) self.postMessage(message);
};
