import {
  memo,
  startTransition,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { afterNextPaint } from '../../ui/afterNextPaint.ts';
import type { ArticleSummary } from '../../core/schema.ts';
import { useLinkNavigation } from '../../ui/useLinkNavigation.ts';
import { ArticleCard } from './ArticleCard.tsx';
import { useListPages } from './useListPages.ts';
import { useWindowRange } from './useWindowRange.ts';
import './windowedList.css';

type WindowedArticleListProps = {
  /** How many articles the list holds (all, or those the filters keep). */
  count: number;
  /** The index position of the list's `i`-th article. */
  positionAt: (i: number) => number;
  pageSize: number;
  /** The index's first page, which needs no fetch. */
  firstPage: readonly ArticleSummary[];
  /** Other summaries already at hand, by index position (a filter shard's first articles). */
  known?: ReadonlyMap<number, ArticleSummary>;
  emptyMessage: string;
  renderActions?: (article: ArticleSummary) => ReactNode;
};

/**
 * The article list at any size: only the rows near the viewport are in the DOM (a few dozen
 * elements each), the rest are padding of the same height, so 100,000 articles scroll like 10.
 * Rows are equal in height (CSS clamps the card), which makes the window a division, not a
 * measurement of every row. Each row says its place (`aria-posinset` of `aria-setsize`), so a
 * screen reader announces "12 of 100,000". Pages of summaries are fetched as rows need them.
 */
export function WindowedArticleList({
  count,
  positionAt,
  pageSize,
  firstPage,
  known,
  emptyMessage,
  renderActions,
}: WindowedArticleListProps) {
  const list = useRef<HTMLOListElement>(null);
  const range = useWindowRange(list, count);
  const { start, rowHeight } = range;
  // A new list (another filter: `known` is new with each) shows the rows the viewport reaches
  // in the click's own frame, and the overscan around them once that frame is painted: fewer
  // rows to render, lay out and paint before the reader sees the list. Not `useDeferredValue`:
  // React starts a deferred render at once, and one short enough (a single overscan row) ended
  // before the frame, whose paint then waited for it and for its row's layout.
  const [painted, setPainted] = useState(known);
  useEffect(() => afterNextPaint(() => startTransition(() => setPainted(known))), [known]);
  const settled = painted === known;
  const end = settled ? range.end : range.shown;
  // `start` is never past `end`: `clampRows` keeps it within the rows.
  const rows = Array.from({ length: end - start }, (_, i) => start + i);
  const summaries = useListPages(rows.map(positionAt), pageSize, firstPage, known);
  const onClick = useLinkNavigation();

  const shown: RowProps[] = rows.map((row, i) => {
    const article = summaries[i];
    // A slug always holds a hyphen, so a pending row's number never equals one.
    return { key: article?.slug ?? String(row), row, count, article, renderActions };
  });
  // The previous list's rows stay, hidden, until the deferred render removes them: deleting
  // them (React's work on ~5–10 cards, their effects' cleanup, the DOM's removal) was about a
  // quarter of React's work in a filter click's task, for rows the reader no longer sees.
  // `committed` is the last commit's rows, set in its layout effect and read here, which the
  // lint rule on refs cannot tell from reading a ref for output: a render React throws away
  // leaves it as it was, and the next one reads the rows on screen, as it should.
  const committed = useRef<readonly RowProps[]>([]);
  const keys = new Set(shown.map((props) => props.key));
  const rendered = settled
    ? shown
    : // eslint-disable-next-line react-hooks/refs -- see above
      [...shown, ...committed.current.filter((props) => !keys.has(props.key))];

  // Heights are set through the DOM, not a style attribute: the CSP forbids inline styles in
  // the prerendered HTML, and the server cannot know them anyway. After every render: writing
  // the same two values again changes nothing.
  useLayoutEffect(() => {
    committed.current = rendered;
    const element = list.current;
    if (!element) return;
    element.style.paddingTop = `${start * rowHeight}px`;
    element.style.paddingBottom = `${(count - end) * rowHeight}px`;
  });

  if (count === 0) {
    return (
      <p className="state state--empty" role="status">
        {emptyMessage}
      </p>
    );
  }
  return (
    <ol className="article-list article-list--windowed" ref={list} onClick={onClick}>
      {rendered.map(({ key, ...props }) => (
        <Row key={key} {...props} hidden={!keys.has(key)} />
      ))}
    </ol>
  );
}

type RowProps = {
  key: string;
  row: number;
  count: number;
  article: ArticleSummary | undefined;
  renderActions: ((article: ArticleSummary) => ReactNode) | undefined;
};

/**
 * One row, memoized: a navigation re-renders the list (its router hooks), and a row whose
 * article, place and count are the same has nothing new to show. A row of the previous list
 * that is leaving (`hidden`) keeps its card as it was: hiding it changes one attribute.
 */
const Row = memo(function Row({
  row,
  count,
  article,
  renderActions,
  hidden,
}: Omit<RowProps, 'key'> & { hidden: boolean }) {
  const card = useMemo(
    () =>
      article ? (
        <ArticleCard article={article} actions={renderActions?.(article)} />
      ) : (
        <div className="card card--pending" aria-busy="true">
          <span className="visually-hidden">Loading article {row + 1}…</span>
        </div>
      ),
    [article, renderActions, row],
  );
  return (
    <li aria-posinset={row + 1} aria-setsize={count} hidden={hidden}>
      {card}
    </li>
  );
});
