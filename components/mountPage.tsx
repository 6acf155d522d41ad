// Mounts an extension page: strict zod config (no eval under our CSP), one QueryClient for the page, then its App.
import '@/lib/zod-config';
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider, type QueryClientConfig } from '@tanstack/react-query';

export function mountPage(App: ComponentType, config: QueryClientConfig = {}): void {
  const queryClient = new QueryClient(config);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}
