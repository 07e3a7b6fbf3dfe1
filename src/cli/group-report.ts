/**
 * What `cleanwire group` says once every file is in: per cluster, the most complete copy, the earliest, the
 * wire agency, and per copy what it lacks against the most complete one; as text or as one JSON line a file.
 */
import { formatDate } from '../core/export/attribution-line';
import {
  compareParagraphs,
  summarizeCopies,
  type CopyBand,
  type StoryClusters,
  type StoryFingerprint,
} from '../core/story';
import type { FileStory } from './group-file';

/** One input file as the report needs it: its verdict, and its story's id in the clusters (null: none). */
export interface GroupedFile {
  file: string;
  status: FileStory['status'];
  message: string | null;
  story: number | null;
}

/** `--format jsonl`: one line per file, the same keys on every line (null, 0 or false when unknown). */
export interface GroupRecord {
  file: string;
  status: FileStory['status'];
  message: string | null;
  /** The same number for every copy of one story, numbered in order of the story's first file. */
  cluster: number | null;
  /** Files in the cluster, this one included. */
  copies: number;
  /** The cluster's most complete copy (the most words). */
  complete: boolean;
  /** The cluster's earliest copy by published date (none is when no copy has a date). */
  earliest: boolean;
  /** How it matches its closest copy; null when it has none. */
  band: CopyBand | null;
  /** The story's wire agency, as the most complete copy names it, else any copy. */
  wire: string | null;
  /** Paragraphs of the most complete copy this one lacks, and their words. */
  lacks: number;
  lacksWords: number;
  /** Paragraphs of the most complete copy this one has with other words. */
  changed: number;
  paragraphs: number;
  words: number;
  title: string | null;
  site: string | null;
  url: string | null;
  published: string | null;
}

export function groupRecords(files: readonly GroupedFile[], clusters: StoryClusters): GroupRecord[] {
  const fileOf = new Map<number, number>();
  files.forEach((f, i) => f.story !== null && fileOf.set(f.story, i));
  const records: GroupRecord[] = files.map(emptyRecord);
  clusters.clusters().forEach((ids, n) => {
    const stories = ids.map((id) => clusters.stories[id]!);
    const { complete, earliest } = summarizeCopies(stories);
    const best = stories[complete]!;
    const wire = best.wire ?? stories.find((s) => s.wire)?.wire ?? null;
    ids.forEach((id, k) => {
      const story = stories[k]!;
      const diff = compareParagraphs(story, best);
      records[fileOf.get(id)!] = {
        ...records[fileOf.get(id)!]!,
        cluster: n + 1,
        copies: ids.length,
        complete: k === complete,
        earliest: k === earliest,
        band: clusters.bandOf(id),
        wire,
        lacks: diff.lacks.length,
        lacksWords: diff.lacks.reduce((sum, p) => sum + p.words, 0),
        changed: diff.changed.length,
        ...about(story),
      };
    });
  });
  return records;
}

function emptyRecord({ file, status, message }: GroupedFile): GroupRecord {
  return {
    file,
    status,
    message,
    cluster: null,
    copies: 0,
    complete: false,
    earliest: false,
    band: null,
    wire: null,
    lacks: 0,
    lacksWords: 0,
    changed: 0,
    paragraphs: 0,
    words: 0,
    title: null,
    site: null,
    url: null,
    published: null,
  };
}

function about(story: StoryFingerprint) {
  const { title, site, url, published, words } = story;
  return { paragraphs: story.paragraphs.length, words, title, site, url, published };
}

/**
 * The text report: each story with several copies (most complete copy first, then the others in the order
 * given), then one line counting the files that are the only copy of their story and those without an article.
 */
export function groupText(records: readonly GroupRecord[]): string {
  const clusters = new Map<number, GroupRecord[]>();
  for (const r of records) {
    if (r.cluster === null) continue;
    const members = clusters.get(r.cluster);
    if (members) members.push(r);
    else clusters.set(r.cluster, [r]);
  }
  const blocks: string[] = [];
  let single = 0;
  for (const [id, members] of clusters) {
    if (members.length === 1) {
      single++;
      continue;
    }
    const complete = members.find((m) => m.complete)!;
    const earliest = members.find((m) => m.earliest);
    const lines = [
      `Story ${id}: ${complete.title ?? members.find((m) => m.title)?.title ?? '(no title)'}`,
      `  ${members.length} copies${complete.wire ? ` · wire: ${complete.wire}` : ''}`,
      `  most complete: ${complete.file} (${plural(complete.words, 'word')}, ${plural(complete.paragraphs, 'paragraph')})`,
    ];
    if (earliest) lines.push(`  earliest: ${earliest.file} (published ${formatDate(earliest.published!)})`);
    for (const m of [complete, ...members.filter((m) => m !== complete)])
      lines.push(`    ${m.file}  ${copyLine(m)}`);
    blocks.push(lines.join('\n'));
  }
  const none = records.filter((r) => r.cluster === null).length;
  const several = records.length - single - none;
  const counts = [
    `${plural(clusters.size - single, 'story', 'stories')} with several copies (${plural(several, 'file')})`,
    `${plural(single, 'file')} the only copy of ${single === 1 ? 'its' : 'their'} story`,
  ];
  if (none > 0) counts.push(`${plural(none, 'file')} without an article`);
  blocks.push(counts.join('; ') + '.');
  return blocks.join('\n\n') + '\n';
}

/** "same text · lacks 4 paragraphs (98 words) · 2 paragraphs changed", or "most complete". */
function copyLine(r: GroupRecord): string {
  const parts = [r.complete ? 'most complete' : r.band === 'same-text' ? 'same text' : 'rewritten'];
  if (r.complete) return [parts[0], `${plural(r.words, 'word')}`].join(' · ');
  parts.push(
    r.lacks === 0
      ? 'lacks nothing'
      : `lacks ${plural(r.lacks, 'paragraph')} (${plural(r.lacksWords, 'word')})`,
  );
  if (r.changed > 0) parts.push(`${plural(r.changed, 'paragraph')} changed`);
  return parts.join(' · ');
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
