// Hook: the response templates of one nomenclature row, the pack's and the référent's own, for every panel that shows them.
import { useMemo } from 'react';
import { templatesForRow } from '@/lib/templates';
import type { ResponseTemplate } from '@/lib/pack/schema';
import { usePack } from './queries';
import { useCustomTemplates } from './useCustomTemplates';

export function useRowTemplates(rowId: string | null): ResponseTemplate[] {
  const pack = usePack();
  const custom = useCustomTemplates();
  return useMemo(
    () => (pack.data && rowId ? templatesForRow(pack.data, custom.data ?? [], rowId) : []),
    [pack.data, rowId, custom.data],
  );
}
