// Hooks of the référent's custom templates, one query for every page: list, save, delete (through the background).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { sendMessage } from '@/lib/messaging';
import type { CustomTemplateInput } from '@/lib/templates/custom';

const CUSTOM_TEMPLATES_QUERY_KEY = ['customTemplates'] as const;

export function useCustomTemplates() {
  return useQuery({ queryKey: CUSTOM_TEMPLATES_QUERY_KEY, queryFn: () => sendMessage('listCustomTemplates', undefined), staleTime: 30_000 });
}

export function useSaveCustomTemplate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CustomTemplateInput) => sendMessage('saveCustomTemplate', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: CUSTOM_TEMPLATES_QUERY_KEY }),
  });
}

export function useDeleteCustomTemplate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => sendMessage('deleteCustomTemplate', id),
    onSuccess: () => qc.invalidateQueries({ queryKey: CUSTOM_TEMPLATES_QUERY_KEY }),
  });
}
