// Hook: the response templates of one nomenclature row, the pack's and the référent's own, for every panel that shows them.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { sendMessage } from '@/lib/messaging';
import { templatesForRow } from '@/lib/templates';
import type { ResponseTemplate } from '@/lib/pack/schema';
import { usePack } from './SuiviData';

export const CUSTOM_TEMPLATES_QUERY_KEY = ['customTemplates'] as const;

export function useRowTemplates(rowId: string | null): ResponseTemplate[] {
  const pack = usePack();
  const custom = useQuery({
    queryKey: CUSTOM_TEMPLATES_QUERY_KEY,
    queryFn: () => sendMessage('listCustomTemplates', undefined),
    staleTime: 30_000,
  });
  return useMemo(
    () => (pack.data && rowId ? templatesForRow(pack.data, custom.data ?? [], rowId) : []),
    [pack.data, rowId, custom.data],
  );
}
