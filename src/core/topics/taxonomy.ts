/**
 * The topic taxonomy: each topic is tagged by rules over the names and words an article uses,
 * never assigned by hand per article. Kept as data (`content/topics.json`) so editors can extend it.
 */
import * as v from 'valibot';
import { err, ok, type Result } from '../result.ts';

/** A group of interchangeable terms ("Russia", "Russian", "Kremlin") that must be mentioned. */
const TermGroupSchema = v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1));

const TopicRuleSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'topic ids are lower-case slugs')),
  label: v.pipe(v.string(), v.minLength(1)),
  /** The topic applies when any alternative matches; an alternative needs all of its groups. */
  anyOf: v.pipe(
    v.array(
      v.object({
        allOf: v.pipe(v.array(TermGroupSchema), v.minLength(1)),
        /** Mentions each group needs (default 1). */
        minMentions: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 1),
      }),
    ),
    v.minLength(1),
  ),
});

export const TaxonomySchema = v.object({ topics: v.array(TopicRuleSchema) });

export type Taxonomy = v.InferOutput<typeof TaxonomySchema>;
export type TopicRule = Taxonomy['topics'][number];

/** Parses a taxonomy file's JSON, naming the first problem. */
export function parseTaxonomy(input: unknown): Result<Taxonomy, string> {
  const parsed = v.safeParse(TaxonomySchema, input);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue ? v.getDotPath(issue) : null;
    return err(
      `invalid taxonomy${path ? ` at ${path}` : ''}: ${issue?.message ?? 'unknown issue'}`,
    );
  }
  const seen = new Set<string>();
  for (const topic of parsed.output.topics) {
    if (seen.has(topic.id)) return err(`invalid taxonomy: duplicate topic id "${topic.id}"`);
    seen.add(topic.id);
  }
  return ok(parsed.output);
}
