import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import '../styles/tokens.css';
import '../styles/base.css';
import '../styles/layout.css';
import '../styles/components.css';
import '../styles/article.css';
import { AppProviders } from './AppProviders.tsx';
import { createQueryClient } from './queryClient.ts';
import { listenForContentUpdates } from './listenForContentUpdates.ts';
import { createRoutes } from './routes.tsx';

const queryClient = createQueryClient();
const router = createBrowserRouter(createRoutes(queryClient), {
  basename: import.meta.env.BASE_URL,
});
listenForContentUpdates(queryClient);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element to render into.');

createRoot(root).render(
  <StrictMode>
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
