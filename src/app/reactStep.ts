/**
 * The boot script's first step (src/app/boot.ts): React and react-dom, evaluated in a task of
 * their own. An ES module of ours, not `import('react-dom/client')` itself: react-dom is
 * CommonJS, and importing it from the boot script made the boot script import the bundler's
 * interop helpers, a second script request before the first paint.
 */
export { hydrateRoot } from 'react-dom/client';
