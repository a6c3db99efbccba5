// The playground's worker carries the tagger's weights and the spelling dictionary (core/data/tagger/*.json)
// deflated and in base64 (scripts/build.mjs packs them): 212 KB instead of 428 KB of JSON in the page's 1 MB.
// Unpacked once, synchronously, when the worker first imports them, so the core reads them as it reads the JSON.
import { inflateSync } from 'fflate';

/** The JSON value that `packed` (raw deflate, base64) holds. */
export function unpackJson(packed: string): unknown {
  const binary = atob(packed);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return JSON.parse(new TextDecoder().decode(inflateSync(bytes)));
}
