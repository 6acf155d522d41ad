// Log hooks of the extension pages (Suivi): rows read from Dexie (extension origin only, never in a content script),
// kept fresh when another context (popup, background) writes.
import { useEffect } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { liveQuery } from 'dexie';
import { solicitationStore } from '@/lib/tracking/store';
import { SOLICITATIONS_QUERY_KEY } from '../queries';

export function useSolicitationRows() {
  const queryClient = useQueryClient();
  useEffect(() => {
    const sub = liveQuery(() => solicitationStore.count()).subscribe({
      next: () => void queryClient.invalidateQueries({ queryKey: SOLICITATIONS_QUERY_KEY }),
    });
    return () => sub.unsubscribe();
  }, [queryClient]);
  return useQuery({ queryKey: SOLICITATIONS_QUERY_KEY, queryFn: () => solicitationStore.list() });
}

export function useInvalidateRows(): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: SOLICITATIONS_QUERY_KEY });
}
