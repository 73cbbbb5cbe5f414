// `npm run licenses`: every production dependency (transitively, from package-lock.json) with its
// licence; exits 1 if any licence is not on the permissive allow-list, or is missing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Licences that let us ship a package's code to readers without obligations beyond a notice. */
export const ALLOWED_LICENCES = new Set([
  'MIT',
  'ISC',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'Apache-2.0',
  '0BSD',
  'BlueOak-1.0.0',
  'CC0-1.0',
  'Unlicense',
]);

/**
 * Whether an SPDX licence expression is permissive: an `OR` needs one allowed side, an `AND`
 * both. `WITH` exceptions only add permissions, so the licence before it decides. Anything
 * unparsable (or missing) is not permissive.
 */
export function isPermissive(expression) {
  if (typeof expression !== 'string') return false;
  const tokens = expression.match(/\(|\)|[^\s()]+/g) ?? [];
  let at = 0;
  const peek = () => tokens[at];
  const next = () => tokens[at++];

  const atom = () => {
    if (peek() === '(') {
      next();
      const inner = or();
      if (next() !== ')') throw new Error('unbalanced parenthesis');
      return inner;
    }
    const id = next();
    if (id === undefined || ['AND', 'OR', 'WITH', ')'].includes(id)) {
      throw new Error('licence expected');
    }
    if (peek() === 'WITH') {
      next();
      if (next() === undefined) throw new Error('exception expected');
    }
    return ALLOWED_LICENCES.has(id);
  };
  const and = () => {
    let allowed = atom();
    while (peek() === 'AND') {
      next();
      allowed = atom() && allowed;
    }
    return allowed;
  };
  const or = () => {
    let allowed = and();
    while (peek() === 'OR') {
      next();
      allowed = and() || allowed;
    }
    return allowed;
  };

  try {
    const allowed = or();
    return at === tokens.length && tokens.length > 0 && allowed;
  } catch {
    return false;
  }
}

/** Where npm's resolution finds `name` when required from the package at `from` ('' = root). */
function resolveFrom(packages, from, name) {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (base === '') return null;
    const parent = base.lastIndexOf('/node_modules/');
    base = parent === -1 ? '' : base.slice(0, parent);
  }
}

/**
 * Every package the root's `dependencies` need at run time, following dependencies, optional
 * dependencies and peers through the lockfile (v2/v3 `packages`), sorted by name. Dev-only packages
 * are never reached. A required package missing from the lockfile is an error.
 */
export function productionPackages(lock) {
  const packages = lock.packages;
  if (!packages?.['']) throw new Error('package-lock.json has no "packages" (lockfile v2 or v3)');
  const found = new Map();
  const visit = (location) => {
    if (found.has(location)) return;
    let entry = packages[location];
    if (entry.link) entry = packages[entry.resolved] ?? entry;
    const name = entry.name ?? location.slice(location.lastIndexOf('node_modules/') + 13);
    found.set(location, { name, version: entry.version ?? '', license: entry.license ?? null });
    // An optional peer that the lockfile has is installed by `npm ci --omit=dev` too: list it.
    const optionalPeers = Object.entries(entry.peerDependenciesMeta ?? {})
      .filter(([, meta]) => meta.optional)
      .map(([dependency]) => dependency);
    const required = [
      ...Object.keys(entry.peerDependencies ?? {}),
      ...Object.keys(entry.dependencies ?? {}),
    ].filter((dependency) => !optionalPeers.includes(dependency));
    const optional = [...Object.keys(entry.optionalDependencies ?? {}), ...optionalPeers];
    for (const dependency of new Set([...required, ...optional])) {
      const target = resolveFrom(packages, location, dependency);
      if (target !== null) visit(target);
      else if (!optional.includes(dependency)) {
        throw new Error(`${name} needs ${dependency}, which package-lock.json does not have`);
      }
    }
  };
  const root = packages[''];
  for (const dependency of Object.keys({ ...root.dependencies, ...root.optionalDependencies })) {
    const target = resolveFrom(packages, '', dependency);
    if (target === null) throw new Error(`${dependency} is not in package-lock.json`);
    visit(target);
  }
  return [...found.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version),
  );
}

function main() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  const list = productionPackages(lock);
  const width = Math.max(...list.map(({ name, version }) => `${name}@${version}`.length));
  const refused = [];
  for (const entry of list) {
    const ok = isPermissive(entry.license);
    if (!ok) refused.push(entry);
    const id = `${entry.name}@${entry.version}`.padEnd(width);
    console.log(`${ok ? ' ' : '✗'} ${id}  ${entry.license ?? '(no licence)'}`);
  }
  console.log(`${list.length} production packages, ${refused.length} not permissive`);
  if (refused.length > 0) {
    console.error(
      `licenses: not on the allow-list (${[...ALLOWED_LICENCES].join(', ')}): ` +
        refused.map(({ name, license }) => `${name} (${license ?? 'none'})`).join(', '),
    );
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
