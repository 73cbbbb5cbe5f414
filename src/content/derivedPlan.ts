import type { ArticleDigest } from './articleDigest.ts';

/** An article whose digest changed in place: same file, same position in the list order. */
export type ChangedArticle = { position: number; before: ArticleDigest; after: ArticleDigest };

/**
 * Which derived data files a rebuild makes again; every other one is the same file as the last
 * build's. Found from the articles that changed, by what their old and new digests touch.
 */
export type DerivedPlan = {
  changed: ChangedArticle[];
  /** List pages (`data/list/pages/<n>.json`) holding a changed article. */
  pages: Set<number>;
  /** Topics either version is tagged with: their list shards. */
  topics: Set<string>;
  /** Speakers either version lists or quotes: their list shards and profiles. */
  speakers: Set<string>;
  /** Whether every changed article's report row is as it was (and nothing else changed). */
  sameReport: boolean;
};

/** Changed articles a plan takes on at least (more when the folder is big). */
const MAX_CHANGED = 64;

/** What the last build derived its data files from, as its `LastBuild` keeps it. */
export type DerivedBasis = {
  /** Per position in the list order: the article's file and cache key. */
  order: readonly (readonly [string, string])[];
  reportContext: string;
};

/**
 * The plan for a rebuild whose articles are `ordered` (list order, newest first), or null when
 * every derived file must be made again: no last build to compare with, an article added,
 * removed or moved in the order (positions shift, and with them every page, shard and posting
 * after it), or a changed article whose old digest is not the one the last build used.
 * `keys` names each article's digest; `before` holds the old digests of changed files.
 */
export function planDerived(
  ordered: readonly ArticleDigest[],
  keys: ReadonlyMap<string, string>,
  before: ReadonlyMap<string, { key: string; digest: ArticleDigest }>,
  last: DerivedBasis | null,
  reportContext: string,
  pageSize: number,
): DerivedPlan | null {
  if (!last || last.order.length !== ordered.length) return null;
  const plan: DerivedPlan = {
    changed: [],
    pages: new Set(),
    topics: new Set(),
    speakers: new Set(),
    sameReport: last.reportContext === reportContext,
  };
  for (const [position, after] of ordered.entries()) {
    const [file, key] = last.order[position] ?? [];
    if (file !== after.source) return null;
    if (keys.get(file) === key) continue;
    const old = before.get(file);
    if (!old || old.key !== key) return null;
    plan.changed.push({ position, before: old.digest, after });
    // Past this, patching file by file costs more than making everything again.
    if (plan.changed.length > Math.max(MAX_CHANGED, ordered.length / 16)) return null;
  }
  for (const { position, before: old, after } of plan.changed) {
    plan.pages.add(Math.floor(position / pageSize));
    for (const digest of [old, after]) {
      for (const { id } of [...digest.topics, ...digest.listing.topics]) plan.topics.add(id);
      for (const { id } of digest.listing.speakers) plan.speakers.add(id);
      for (const { id } of digest.speakers) plan.speakers.add(id);
    }
    if (JSON.stringify(old.outcome) !== JSON.stringify(after.outcome)) plan.sameReport = false;
  }
  return plan;
}
