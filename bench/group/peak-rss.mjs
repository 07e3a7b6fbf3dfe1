// Loaded with `node --import` into each command-line run of `npm run bench:group`: on exit, writes the
// process's peak resident set size (kilobytes, worker threads included: they share the process) to the
// file CLEANWIRE_PEAK_RSS_FILE names.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const out = process.env.CLEANWIRE_PEAK_RSS_FILE;
if (isMainThread && out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS)));
