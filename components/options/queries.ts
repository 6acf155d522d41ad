// React Query hooks of the options page's pack: status (watched), installing a file, asking the background to refresh the URL.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { sendMessage } from '@/lib/messaging';
import { backoffDelay } from '@/lib/pack/fetch';
import type { InstallPackRequest, PackInstallResult } from '@/lib/pack/protocol';
import { usePackRefetch } from '@/components/queries';

const PACK_STATUS_KEY = ['packStatus'] as const;
const STATUS_KEYS = [PACK_STATUS_KEY];

/** Re-reads status and pack whenever the background changes them (no reload). */
export function usePackStatusWatch(): void {
  usePackRefetch(STATUS_KEYS);
}

export function usePackStatus() {
  return useQuery({ queryKey: PACK_STATUS_KEY, queryFn: () => sendMessage('getPackStatus', undefined) });
}

/** A failure of the background's fetch, thrown so that React Query shows it and retries it with backoff when worth it. */
class RefreshError extends Error {
  constructor(message: string, readonly retryable: boolean) {
    super(message);
  }
}

const MAX_RETRIES = 3;

/**
 * Asks the background, the only fetcher of the pack URL, to check it now (If-None-Match with the ETag in use) and to
 * install what changed; network and 5xx failures are asked again with backoff, up to three times.
 */
export function useRefreshPack() {
  const qc = useQueryClient();
  return useMutation<PackInstallResult, Error, { allowDowngrade?: boolean }>({
    mutationFn: async (req) => {
      const result = await sendMessage('refreshPack', req);
      if (result.status === 'error') throw new RefreshError(result.message, result.retryable);
      return result;
    },
    retry: (failureCount, error) => error instanceof RefreshError && error.retryable && failureCount < MAX_RETRIES,
    retryDelay: (attempt) => backoffDelay(attempt),
    onSettled: () => qc.invalidateQueries({ queryKey: PACK_STATUS_KEY }),
  });
}

export function useInstallPack() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (req: InstallPackRequest) => sendMessage('installPack', req),
    onSettled: () => qc.invalidateQueries({ queryKey: PACK_STATUS_KEY }),
  });
}
