// @vitest-environment happy-dom
// useStoreMutation: a write refreshes the log rows; a failed write resolves to a French message instead of throwing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useStoreMutation, type StoreMutation } from '@/components/useStoreMutation';
import { SOLICITATIONS_QUERY_KEY } from '@/components/queries';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
let root: Root | undefined;

function mount(write: (n: number) => Promise<number>) {
  const client = new QueryClient();
  client.setQueryData(SOLICITATIONS_QUERY_KEY, []);
  const seen: { current?: StoreMutation<[number], number> } = {};
  function Probe() {
    seen.current = useStoreMutation(write, 'Suppression impossible');
    return null;
  }
  root = createRoot(document.createElement('div'));
  act(() => root!.render(<QueryClientProvider client={client}><Probe /></QueryClientProvider>));
  return { client, seen };
}

afterEach(() => act(() => root?.unmount()));

describe('useStoreMutation', () => {
  it('returns the value and marks the rows stale after a write', async () => {
    const { client, seen } = mount(async (n) => n * 2);
    let result;
    await act(async () => {
      result = await seen.current!.run(21);
    });
    expect(result).toEqual({ ok: true, value: 42 });
    expect(client.getQueryState(SOLICITATIONS_QUERY_KEY)?.isInvalidated).toBe(true);
    expect(seen.current!.error).toBeNull();
  });

  it('turns a failed write into « <failure> : <cause> » and leaves the rows as they were', async () => {
    const { client, seen } = mount(async () => {
      throw new Error('Sollicitation introuvable.');
    });
    let result;
    await act(async () => {
      result = await seen.current!.run(1);
    });
    expect(result).toEqual({ ok: false, error: 'Suppression impossible : Sollicitation introuvable.' });
    // The error is React state: it shows once the hook has re-rendered.
    await vi.waitFor(() => expect(seen.current!.error).toBe('Suppression impossible : Sollicitation introuvable.'));
    expect(client.getQueryState(SOLICITATIONS_QUERY_KEY)?.isInvalidated).toBe(false);
  });
});
