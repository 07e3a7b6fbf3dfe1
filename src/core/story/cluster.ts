/**
 * Copies of one story among many stories, as they arrive: each story is matched against those before it
 * through the LSH index (about MINHASH_SIZE bucket look-ups, not a comparison with every story), and
 * matching stories are joined into one cluster (union–find). The cost grows with the number of stories,
 * not with the number of pairs.
 */
import type { StoryFingerprint } from './fingerprint';
import { StoryIndex, type CopyBand } from './match';

export class StoryClusters<S extends StoryFingerprint = StoryFingerprint> {
  private readonly index = new StoryIndex<S>();
  private readonly parent: number[] = [];
  private readonly bands: (CopyBand | null)[] = [];

  /** Adds a story and joins it to the clusters of its copies; returns its id (0, 1, 2… in order of adding). */
  add(story: S): number {
    const id = this.index.add(story);
    this.parent.push(id);
    this.bands.push(null);
    for (const match of this.index.copiesOf(story)) {
      this.join(id, match.index);
      for (const at of [id, match.index]) if (this.bands[at] !== 'same-text') this.bands[at] = match.band;
    }
    return id;
  }

  get stories(): readonly S[] {
    return this.index.stories;
  }

  /** How a story matches its closest copy: same text if it is the same text as any, null when it has none. */
  bandOf(id: number): CopyBand | null {
    return this.bands[id] ?? null;
  }

  /** The clusters, each a list of story ids in order of adding, in order of their first story. */
  clusters(): number[][] {
    const byRoot = new Map<number, number[]>();
    for (let id = 0; id < this.parent.length; id++) {
      const root = this.root(id);
      const members = byRoot.get(root);
      if (members) members.push(id);
      else byRoot.set(root, [id]);
    }
    return [...byRoot.values()];
  }

  private root(id: number): number {
    let r = id;
    while (this.parent[r] !== r) r = this.parent[r]!;
    // Path compression: later look-ups go straight to the root.
    for (let at = id; at !== r;) {
      const next = this.parent[at]!;
      this.parent[at] = r;
      at = next;
    }
    return r;
  }

  private join(a: number, b: number): void {
    const [ra, rb] = [this.root(a), this.root(b)];
    // The smaller id is the root, so a cluster's root is its first story.
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
