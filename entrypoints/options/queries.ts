// React Query hooks of the options page: pack status, pack, custom templates, and the URL pack fetch (ETag, retry, SWR).
import { useEffect } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { sendMessage } from '@/lib/messaging';
import { watchPackStatus } from '@/lib/pack/status-item';
import { backoffDelay, fetchPack, PackFetchError } from '@/lib/pack/fetch';
import type { InstallPackRequest, PackInstallResult, PackStatus } from '@/lib/pack/protocol';
import type { CustomTemplateInput } from '@/lib/templates/custom';
import { CUSTOM_TEMPLATES_QUERY_KEY } from '@/components/useRowTemplates';
import { PACK_QUERY_KEY, usePack } from '@/components/SuiviData';

export const keys = {
  status: ['packStatus'] as const,
  pack: PACK_QUERY_KEY,
  custom: CUSTOM_TEMPLATES_QUERY_KEY,
  remote: (url: string) => ['remotePack', url] as const,
};

/** Re-reads status and pack whenever the background changes them (no reload). */
export function usePackStatusWatch(): void {
  const qc = useQueryClient();
  useEffect(
    () =>
      watchPackStatus(() => {
        void qc.invalidateQueries({ queryKey: keys.status });
        void qc.invalidateQueries({ queryKey: keys.pack });
      }),
    [qc],
  );
}

export function usePackStatus() {
  return useQuery({ queryKey: keys.status, queryFn: () => sendMessage('getPackStatus', undefined) });
}

/** The installed pack: one query for every page (see components/SuiviData). */
export { usePack };

export function useCustomTemplates() {
  return useQuery({ queryKey: keys.custom, queryFn: () => sendMessage('listCustomTemplates', undefined) });
}

export function useSaveCustomTemplate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CustomTemplateInput) => sendMessage('saveCustomTemplate', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.custom }),
  });
}

export function useDeleteCustomTemplate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => sendMessage('deleteCustomTemplate', id),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.custom }),
  });
}

/** Result of one check of the URL: what the background did with it, and the raw pack (to confirm a downgrade). */
export interface RemoteCheck {
  result: PackInstallResult;
  raw?: unknown;
  etag?: string;
  checkedAt: string;
}

const MAX_RETRIES = 3;

/**
 * The pack at `url`, fetched here with If-None-Match (the ETag in use), handed to the background for validation and
 * installation. Stale-while-revalidate: the last result stays shown while a new check runs (window focus, hourly).
 */
export function useRemotePack(url: string | null, status: PackStatus | undefined) {
  const etag = status && status.source === 'url' && status.origin === url ? status.etag : undefined;
  return useQuery<RemoteCheck, Error>({
    queryKey: keys.remote(url ?? ''),
    enabled: !!url && !!status,
    staleTime: 60 * 60 * 1000,
    refetchInterval: 60 * 60 * 1000,
    retry: (failureCount, error) => error instanceof PackFetchError && error.retryable && failureCount < MAX_RETRIES,
    retryDelay: (attempt) => backoffDelay(attempt),
    queryFn: async ({ signal }) => {
      const checkedAt = new Date().toISOString();
      const r = await fetchPack(url!, etag, fetch, signal);
      if (r.status === 'not-modified') {
        return {
          result: { status: 'not-modified', version: status?.version ?? '', message: `Pack ${status?.version ?? ''} à jour (non modifié sur le serveur).` },
          checkedAt,
        };
      }
      const result = await sendMessage('installPack', { raw: r.raw, source: { kind: 'url', url: url! }, ...(r.etag ? { etag: r.etag } : {}) });
      return { result, raw: r.raw, ...(r.etag ? { etag: r.etag } : {}), checkedAt };
    },
  });
}

export function useInstallPack() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (req: InstallPackRequest) => sendMessage('installPack', req),
    onSettled: () => qc.invalidateQueries({ queryKey: keys.status }),
  });
}
