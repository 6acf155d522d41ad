// @vitest-environment happy-dom
// useStoreMutation: a write refreshes the log rows; a failed write resolves to a French message instead of throwing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { useStoreMutation, type StoreMutation } from '@/components/useStoreMutation';
import { SOLICITATIONS_QUERY_KEY } from '@/components/queries';
import { mount, testQueryClient, type Mounted } from './mount';

let mounted: Mounted | undefined;

async function mountProbe(write: (n: number) => Promise<number>) {
  const client = testQueryClient();
  client.setQueryData(SOLICITATIONS_QUERY_KEY, []);
  const seen: { current?: StoreMutation<[number], number> } = {};
  function Probe() {
    seen.current = useStoreMutation(write, 'Suppression impossible');
    return null;
  }
  mounted = await mount(<Probe />, client);
  return { client, seen };
}

afterEach(() => mounted?.unmount());

describe('useStoreMutation', () => {
  it('returns the value and marks the rows stale after a write', async () => {
    const { client, seen } = await mountProbe(async (n) => n * 2);
    let result;
    await act(async () => {
      result = await seen.current!.run(21);
    });
    expect(result).toEqual({ ok: true, value: 42 });
    expect(client.getQueryState(SOLICITATIONS_QUERY_KEY)?.isInvalidated).toBe(true);
    expect(seen.current!.error).toBeNull();
  });

  it('turns a failed write into « <failure> : <cause> » and leaves the rows as they were', async () => {
    const { client, seen } = await mountProbe(async () => {
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
