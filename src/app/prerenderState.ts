import type { DehydratedState } from '@tanstack/react-query';
import type { HydrationState } from 'react-router-dom';
import * as v from 'valibot';

/** The id of the inert `<script type="application/json">` block a prerendered page carries. */
export const PRERENDER_STATE_ID = 'saywire-state';

/**
 * What a prerendered page hands to the app: the URL it was rendered for (path and query, with
 * the base), the query cache its loaders filled, and the router's loader data, so hydration
 * renders exactly what the server did without fetching first.
 */
export type PrerenderState = {
  version: 1;
  href: string;
  queries: DehydratedState;
  loaderData: NonNullable<HydrationState['loaderData']>;
};

/** The cache is written by the same build that wrote the page: its shape is checked, not each query. */
const DehydratedSchema = v.custom<DehydratedState>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { queries?: unknown }).queries) &&
    Array.isArray((value as { mutations?: unknown }).mutations),
  'not a dehydrated query cache',
);

const PrerenderStateSchema = v.object({
  version: v.literal(1),
  href: v.string(),
  queries: DehydratedSchema,
  loaderData: v.record(v.string(), v.unknown()),
});

/** The page's prerender state, or null when there is none or it is unreadable (then render afresh). */
export function readPrerenderState(doc: Document): PrerenderState | null {
  const text = doc.getElementById(PRERENDER_STATE_ID)?.textContent;
  if (!text) return null;
  try {
    const parsed = v.safeParse(PrerenderStateSchema, JSON.parse(text));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}
