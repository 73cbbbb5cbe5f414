/**
 * Parsers for the JSON the app fetches: unknown in, typed data or a readable error out.
 * The app never casts fetched JSON; it goes through one of these.
 */
import * as v from 'valibot';
import { ArticleIndexSchema, ArticleSchema, type Article, type ArticleIndex } from './schema.ts';
import {
  SpeakerDirectorySchema,
  SpeakerProfileSchema,
  type SpeakerDirectory,
  type SpeakerProfile,
} from './schema.ts';
import { err, ok, type Result } from './result.ts';

function decodeWith<S extends v.GenericSchema>(
  schema: S,
  what: string,
  input: unknown,
): Result<v.InferOutput<S>, string> {
  const parsed = v.safeParse(schema, input);
  if (parsed.success) return ok(parsed.output);
  const first = parsed.issues[0];
  const path = first ? v.getDotPath(first) : null;
  return err(
    `${what} is malformed${path ? ` at ${path}` : ''}: ${first?.message ?? 'unknown issue'}`,
  );
}

/** Parses `data/articles/<slug>.json`. */
export const decodeArticle = (input: unknown): Result<Article, string> =>
  decodeWith(ArticleSchema, 'Article data', input);

/** Parses `data/index.json`. */
export const decodeArticleIndex = (input: unknown): Result<ArticleIndex, string> =>
  decodeWith(ArticleIndexSchema, 'Article index', input);

/** Parses `data/speakers.json`. */
export const decodeSpeakerDirectory = (input: unknown): Result<SpeakerDirectory, string> =>
  decodeWith(SpeakerDirectorySchema, 'Speaker list', input);

/** Parses `data/speakers/<id>.json`. */
export const decodeSpeakerProfile = (input: unknown): Result<SpeakerProfile, string> =>
  decodeWith(SpeakerProfileSchema, 'Speaker data', input);
