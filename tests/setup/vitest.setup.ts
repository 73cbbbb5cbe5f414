import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The first render of a test file loads the whole app; on a busy two-core machine that takes
// several seconds, so `findBy…` waits up to 10 s instead of Testing Library's 1 s.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
});

// jsdom lays nothing out, so it has no ResizeObserver; every browser the app supports has one.
// Sizes never change under jsdom, so an observer that never calls back is exact.
if (typeof globalThis.ResizeObserver !== 'function') {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
