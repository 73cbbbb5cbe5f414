/** URL of a file the content pipeline publishes under `data/`, honouring Vite's base path. */
export const dataUrl = (path: string): string => `${import.meta.env.BASE_URL}data/${path}`;
