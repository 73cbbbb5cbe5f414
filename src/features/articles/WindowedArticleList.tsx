import { memo, useDeferredValue, useLayoutEffect, useRef, type ReactNode } from 'react';
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
  // in the click's own frame, and the overscan around them in a render React defers until the
  // urgent one is done: fewer rows to render, lay out and paint before the reader sees the list.
  const end = useDeferredValue(known) === known ? range.end : range.shown;
  // `start` is never past `end`: `clampRows` keeps it within the rows.
  const rows = Array.from({ length: end - start }, (_, i) => start + i);
  const summaries = useListPages(rows.map(positionAt), pageSize, firstPage, known);
  const onClick = useLinkNavigation();

  // Heights are set through the DOM, not a style attribute: the CSP forbids inline styles in
  // the prerendered HTML, and the server cannot know them anyway. After every render: writing
  // the same two values again changes nothing.
  useLayoutEffect(() => {
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
      {rows.map((row, i) => {
        const article = summaries[i];
        // A slug always holds a hyphen, so a pending row's number never equals one.
        return (
          <Row
            key={article?.slug ?? row}
            row={row}
            count={count}
            article={article}
            renderActions={renderActions}
          />
        );
      })}
    </ol>
  );
}

/**
 * One row, memoized: a navigation re-renders the list (its router hooks), and a row whose
 * article, place and count are the same has nothing new to show.
 */
const Row = memo(function Row({
  row,
  count,
  article,
  renderActions,
}: {
  row: number;
  count: number;
  article: ArticleSummary | undefined;
  renderActions: ((article: ArticleSummary) => ReactNode) | undefined;
}) {
  return (
    <li aria-posinset={row + 1} aria-setsize={count}>
      {article ? (
        <ArticleCard article={article} actions={renderActions?.(article)} />
      ) : (
        <div className="card card--pending" aria-busy="true">
          <span className="visually-hidden">Loading article {row + 1}…</span>
        </div>
      )}
    </li>
  );
});
