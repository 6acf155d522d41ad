// Test helper for React components under happy-dom: mount inside a QueryClient (no retries), let pending work run, wait for conditions.
import { act, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { vi } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Mounted {
  host: HTMLElement;
  client: QueryClient;
  rerender(ui: ReactElement): Promise<void>;
  unmount(): void;
}

export function testQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

/** Lets the component's pending promises (storage reads, messages) resolve under act: one macrotask, no set delay. */
export function settle(): Promise<void> {
  return act(async () => new Promise<void>((ok) => setTimeout(ok, 0)));
}

/** Waits, under act, until `check` stops throwing (3 s at most). */
export async function until(check: () => void, timeout = 3000): Promise<void> {
  await vi.waitFor(
    async () => {
      await settle();
      check();
    },
    { timeout, interval: 5 },
  );
}

export async function mount(ui: ReactElement, client: QueryClient = testQueryClient()): Promise<Mounted> {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const rerender = (next: ReactElement) => act(async () => root.render(<QueryClientProvider client={client}>{next}</QueryClientProvider>));
  await rerender(ui);
  await settle();
  return {
    host,
    client,
    rerender,
    unmount: () => {
      act(() => root.unmount());
      host.remove();
    },
  };
}
