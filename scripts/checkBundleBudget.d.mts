/** Types for scripts/checkBundleBudget.mjs, so its tests are type-checked. */
export declare function gzipBytes(bytes: Uint8Array | string): number;
export declare function firstLoadUrls(html: string): { scripts: string[]; styles: string[] };
export declare function inlineStyles(html: string): string[];
export declare function startedChunks(scriptFile: string): string[];
export declare function fileForUrl(distDir: string, url: string): string;
export type Measured = { files: { file: string; gzip: number }[]; gzip: number };
export type FirstLoad = { firstLoadJs: Measured; css: Measured; listData: Measured };
export declare function measureFirstLoad(distDir: string): FirstLoad;
export type Budgets = Record<string, { budget: number; target?: number }>;
export declare function checkBudgets(
  measured: Record<string, Measured>,
  budgets: Budgets,
): { lines: string[]; failures: string[] };
