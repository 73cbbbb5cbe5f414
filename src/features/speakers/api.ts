import { queryOptions } from '@tanstack/react-query';
import { decodeSpeakerDirectory, decodeSpeakerProfile } from '../../core/decodeWire.ts';
import type { SpeakerProfile } from '../../core/schema.ts';
import { dataUrl } from '../../ui/dataUrl.ts';
import { fetchJson } from '../../ui/fetchJson.ts';
import { DataLoadError } from '../../ui/loadFailure.ts';

/** A speaker, or the answer that no one by that id is quoted: a 404 is an answer, not a failure. */
export type SpeakerLookup =
  { kind: 'found'; speaker: SpeakerProfile } | { kind: 'not-found'; id: string };

/** Content changes only with a new build, or in dev through an explicit invalidation. */
const FIVE_MINUTES = 5 * 60 * 1000;

/** Query options for `data/speakers.json`, shared by the route loader and the speaker list. */
export const speakerDirectoryQuery = () =>
  queryOptions({
    queryKey: ['speakers'],
    queryFn: ({ signal }) =>
      fetchJson(dataUrl('speakers.json'), 'the list of speakers', decodeSpeakerDirectory, signal),
    staleTime: FIVE_MINUTES,
  });

/** Query options for `data/speakers/<id>.json`, shared by the route loader and the speaker page. */
export const speakerQuery = (id: string) =>
  queryOptions({
    queryKey: ['speaker', id],
    queryFn: async ({ signal }): Promise<SpeakerLookup> => {
      try {
        const url = dataUrl(`speakers/${encodeURIComponent(id)}.json`);
        const speaker = await fetchJson(url, `the speaker “${id}”`, decodeSpeakerProfile, signal);
        return { kind: 'found', speaker };
      } catch (error) {
        if (error instanceof DataLoadError && error.failure.kind === 'not-found') {
          return { kind: 'not-found', id };
        }
        throw error;
      }
    },
    staleTime: FIVE_MINUTES,
  });
