import type { Speaker } from '../../core/schema.ts';

/** How many distinct speaker colours the stylesheet defines (`--speaker-0` … `--speaker-9`). */
export const SPEAKER_COLOURS = 10;

/** A speaker with the palette slot their quotes are painted in. */
export type SpeakerStyle = { speaker: Speaker; colour: number };

/**
 * Gives each speaker a palette slot in the order the article lists them, so the first voice is
 * always the same colour; past ten speakers the palette repeats.
 */
export function assignSpeakerColours(speakers: Speaker[]): Map<string, SpeakerStyle> {
  return new Map(
    speakers.map((speaker, index) => [speaker.id, { speaker, colour: index % SPEAKER_COLOURS }]),
  );
}
