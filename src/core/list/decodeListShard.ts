import { decodeWith } from '../decodeWire.ts';
import { err, ok, type Result } from '../result.ts';
import { ListPairSchema, ListShardSchema, type ListPair, type ListShard } from '../schema.ts';
import { decodePostings } from '../search/postings.ts';

/** A topic's or speaker's list shard with its positions read: ascending index positions. */
export type DecodedListShard = Omit<ListShard, 'positions'> & { positions: Uint32Array };

/**
 * Parses `data/list/topics/<id>.json` and `data/list/speakers/<id>.json`: the schema checks the
 * shape, one hand-written pass reads the positions (see `ListShardSchema`), and `count` must be
 * how many there are. Malformed positions are an error, never a shorter list.
 */
export function decodeListShard(input: unknown): Result<DecodedListShard, string> {
  const shard = decodeWith(ListShardSchema, 'Article list filter', input);
  if (!shard.ok) return shard;
  // Positions index an Int32-sized list: anything from 2^31 on is no article.
  const positions = decodePostings(shard.value.positions, 2 ** 31);
  const { count } = shard.value;
  if (!positions.ok)
    return err(`Article list filter is malformed at positions: ${positions.error}`);
  if (positions.value.length !== count) {
    return err(
      `Article list filter is malformed at count: ${count} articles, ${positions.value.length} positions`,
    );
  }
  return ok({ ...shard.value, positions: positions.value });
}

/** A topic × speaker pair file with its positions read: `head[i]` is at `positions[i]`. */
export type DecodedListPair = Omit<ListPair, 'positions'> & { positions: Uint32Array };

/**
 * Parses `data/list/pairs/<topic>/<speaker>.json` as `decodeListShard` does a shard; each
 * position must have its summary in `head`.
 */
export function decodeListPair(input: unknown): Result<DecodedListPair, string> {
  const pair = decodeWith(ListPairSchema, 'Article list pair', input);
  if (!pair.ok) return pair;
  const positions = decodePostings(pair.value.positions, 2 ** 31);
  if (!positions.ok) return err(`Article list pair is malformed at positions: ${positions.error}`);
  if (positions.value.length !== pair.value.head.length) {
    return err(
      `Article list pair is malformed at head: ${pair.value.head.length} summaries, ${positions.value.length} positions`,
    );
  }
  return ok({ ...pair.value, positions: positions.value });
}
