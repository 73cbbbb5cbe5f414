/** Types for scripts/licenses.mjs, so its tests are type-checked. */
export declare const ALLOWED_LICENCES: ReadonlySet<string>;
export declare function isPermissive(expression: unknown): boolean;
export type ProductionPackage = { name: string; version: string; license: string | null };
export declare function productionPackages(lock: unknown): ProductionPackage[];
