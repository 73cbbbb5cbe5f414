import type { Plugin } from 'vite';

/** Placeholder until the content pipeline lands: runs nothing yet. */
export function saywireContent(options: { contentDir: string }): Plugin {
  void options;
  return { name: 'saywire-content' };
}
