// One write of an extension page to a local store: the log rows are refreshed after it, a failure becomes a French message.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SOLICITATIONS_QUERY_KEY, errorText } from './queries';

export type MutationResult<R> = { ok: true; value: R } | { ok: false; error: string };

export interface StoreMutation<A extends unknown[], R> {
  /** Writes, then refreshes the rows (and `refresh`); never throws: a failure resolves to its message. */
  run(...args: A): Promise<MutationResult<R>>;
  /** Message of the last failure (« <failure> : <cause> »), null after a success or before any write. */
  error: string | null;
}

/** `failure` starts the message, e.g. « Suppression impossible ». */
export function useStoreMutation<A extends unknown[], R>(write: (...args: A) => Promise<R>, failure: string, refresh?: () => Promise<unknown>): StoreMutation<A, R> {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (args: A) => write(...args),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: SOLICITATIONS_QUERY_KEY });
      await refresh?.();
    },
  });
  const message = (err: unknown) => `${failure} : ${errorText(err)}`;
  return {
    async run(...args) {
      try {
        return { ok: true, value: await mutation.mutateAsync(args) };
      } catch (err) {
        return { ok: false, error: message(err) };
      }
    },
    error: mutation.error ? message(mutation.error) : null,
  };
}
