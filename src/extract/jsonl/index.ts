/** Reader for JSON Lines and JSON article dumps, and the sniffing helper for JSON inputs. */
export { readJsonl } from './jsonl.js';
export { jsonShape, type JsonShape } from './sniff.js';
