import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useLocation, useMatches, useNavigate, type UIMatch } from 'react-router-dom';
import { afterNextPaint } from '../../ui/afterNextPaint.ts';
import { inAppLink, routerPath } from '../../ui/inAppLink.ts';
import { listViewQuery } from './api.ts';
import { listFiltersOfUrl, shardsOf, type ListFilters } from './listFiltersOfUrl.ts';
import { prefetchListFilterLazily } from './usePrefetchListFilters.ts';

/**
 * The filters the list shows: the URL's, except between a click on a filter link and the
 * router's arrival at its URL, when it is the clicked link's. A click on a link to the list with
 * other filters (a topic or speaker chip, a card's topic, "Clear filter") loads the new list's
 * data, shows the list in that same task, and moves the router to the link's URL only after the
 * frame with the new list is painted: the router's navigation, `history.pushState` and the
 * re-render they cause (~100 ms under 4× CPU throttling) no longer stand between the click and
 * the list. The URL still follows at once, so the view stays bookmarkable and Back returns to
 * the previous filter. Any other change of location (Back, a link elsewhere) wins over a click
 * not yet written to the URL. A click on a search's list, a modified click or a link elsewhere
 * is left to the links' own handlers.
 *
 * A click's list is shown while the router has not completed a navigation since the click, not
 * while the location is the one it was made on: a Back that lands before React has rendered the
 * router's arrival at the click's URL (under load, or a quick reader) returns to that very
 * location object (the router's `<Router>` memoizes it by path and key), and used to leave the
 * clicked filter on screen under the previous filter's URL.
 */
export function useInstantListFilters(
  fromUrl: ListFilters,
  topics: readonly { id: string }[],
  pageSize: number,
): ListFilters {
  const location = useLocation();
  // A new array for every navigation the router completes (its matches and loader data are new
  // then), in the same render as the location it brings, and only then.
  const arrival = useMatches();
  const navigate = useNavigate();
  const client = useQueryClient();
  // A click's filters and URL, shown until the router's next arrival (Back to the same entry too).
  const [clicked, setClicked] = useState<{
    on: UIMatch[];
    filters: ListFilters;
    to: string;
  } | null>(null);
  const current = useRef({ location, arrival });
  // The latest click (an older one still loading is dropped), moves the app did not make (Back,
  // another link: they drop a click still loading and its URL write), and where the app sent
  // the router that the router has not reached yet: under load its state commits navigations
  // one after the other, well after each `history.pushState`, and none of them is the reader's.
  const clicks = useRef({ latest: 0, moved: 0, sent: [] as string[] });
  // The URL write a shown click waits to make after the paint. It outlives the click listener:
  // the router's arrival at an earlier click's page on another route (`/` to `/topics/<id>`)
  // gives a new `navigate`, and so a new listener, while a later click's write is pending.
  const pending = useRef(() => {});
  useEffect(() => () => pending.current(), []);
  useLayoutEffect(() => {
    current.current = { location, arrival };
    const path = location.pathname + location.search;
    const sent = clicks.current.sent.indexOf(path);
    if (sent < 0) {
      clicks.current.latest++;
      clicks.current.moved++;
      // The router leaves for a place of its own and abandons what the app sent before.
      clicks.current.sent = [];
    } else {
      clicks.current.sent.splice(0, sent + 1);
      // The router reaching an earlier click's URL after a later click's list is shown (quick
      // clicks, a slow navigation): that list stays, before this frame paints; its URL follows.
      setClicked((shown) => (shown && shown.to !== path ? { ...shown, on: arrival } : shown));
    }
  }, [location, arrival]);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const url = inAppLink(event);
      // While a search shows, a filter link also ends the search: the router's way.
      if (!url || new URLSearchParams(current.current.location.search).has('q')) return;
      const filters = listFiltersOfUrl(url, window.location.origin, import.meta.env.BASE_URL);
      if (!filters) return;
      event.preventDefault();
      const to = routerPath(url);
      const click = ++clicks.current.latest;
      const go = () => {
        clicks.current.sent.push(to);
        void navigate(to);
      };
      // Cached data resolves within this task's microtasks, so the list renders before the
      // next frame; otherwise the current list stays until the new one's data is here.
      Promise.all([
        client.fetchQuery(listViewQuery(client, topics, filters.topic, filters.speaker)),
        prefetchListFilterLazily(client, shardsOf(filters), pageSize),
      ]).then(
        () => {
          if (click !== clicks.current.latest) return;
          const { moved } = clicks.current;
          flushSync(() => setClicked({ on: current.current.arrival, filters, to }));
          pending.current();
          pending.current = afterNextPaint(() => {
            if (moved === clicks.current.moved) go();
          });
        },
        // The router's way shows the failure with a retry, as a loaded page would (and no
        // earlier click's list stays when it arrives).
        () => {
          if (click !== clicks.current.latest) return;
          setClicked(null);
          go();
        },
      );
    };
    const options = { capture: true };
    document.addEventListener('click', onClick, options);
    return () => document.removeEventListener('click', onClick, options);
  }, [client, navigate, topics, pageSize]);

  return clicked?.on === arrival ? clicked.filters : fromUrl;
}
