// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isPermissive, productionPackages } from './licenses.mjs';

describe('isPermissive', () => {
  it.each(['MIT', 'ISC', 'Apache-2.0', 'BSD-3-Clause', '0BSD', 'BlueOak-1.0.0', 'CC0-1.0'])(
    'allows %s',
    (licence) => {
      expect(isPermissive(licence)).toBe(true);
    },
  );

  it.each(['GPL-3.0-only', 'AGPL-3.0', 'LGPL-2.1-or-later', 'MPL-2.0', 'SEE LICENSE IN LICENSE'])(
    'refuses %s',
    (licence) => {
      expect(isPermissive(licence)).toBe(false);
    },
  );

  it('allows an OR when one side is permissive, an AND only when both are', () => {
    expect(isPermissive('(MIT OR GPL-3.0-only)')).toBe(true);
    expect(isPermissive('GPL-2.0-only OR (Apache-2.0 AND MIT)')).toBe(true);
    expect(isPermissive('MIT AND GPL-3.0-only')).toBe(false);
    expect(isPermissive('(MIT AND BSD-3-Clause) OR GPL-2.0-only')).toBe(true);
  });

  it('lets the licence before WITH decide', () => {
    expect(isPermissive('Apache-2.0 WITH LLVM-exception')).toBe(true);
    expect(isPermissive('GPL-2.0-only WITH Classpath-exception-2.0')).toBe(false);
  });

  it('refuses a missing, empty or malformed licence', () => {
    for (const licence of [undefined, null, '', '(MIT', 'MIT OR', 'AND MIT', 'MIT)', 'mit MIT']) {
      expect(isPermissive(licence)).toBe(false);
    }
  });
});

describe('productionPackages', () => {
  const lock = {
    lockfileVersion: 3,
    packages: {
      '': { dependencies: { app: '^1' }, devDependencies: { tool: '^1' } },
      'node_modules/app': {
        version: '1.0.0',
        license: 'MIT',
        dependencies: { shared: '^2' },
        peerDependencies: { peer: '*' },
      },
      'node_modules/app/node_modules/shared': { version: '2.0.0', license: 'ISC' },
      'node_modules/shared': { version: '1.0.0', license: 'GPL-3.0-only', dev: true },
      'node_modules/peer': { version: '3.0.0', license: 'Apache-2.0' },
      'node_modules/tool': { version: '1.0.0', license: 'GPL-3.0-only', dev: true },
    },
  };

  it('follows dependencies and peers through nested node_modules, never dev-only packages', () => {
    expect(productionPackages(lock)).toEqual([
      { name: 'app', version: '1.0.0', license: 'MIT' },
      { name: 'peer', version: '3.0.0', license: 'Apache-2.0' },
      { name: 'shared', version: '2.0.0', license: 'ISC' },
    ]);
  });

  it('fails when a required package is missing from the lockfile', () => {
    const broken = structuredClone(lock);
    delete (broken.packages as Record<string, unknown>)['node_modules/peer'];
    expect(() => productionPackages(broken)).toThrow(/app needs peer/);
  });
});
