// Hook of the escalation panel: the draft (built from ticket, row and profile, edited, validated), opening the form, the ticket's escalations.
import { useEffect, useState, type ChangeEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { sendMessage } from '@/lib/messaging';
import type { Ticket } from '@/lib/crm/ticket';
import type { NomenclatureRow } from '@/lib/pack/schema';
import { escalationDraftSchema, draftErrorMessage, buildEscalationDraft, type EscalationDraft } from '@/lib/escalation';
import type { EscalationRecord } from '@/lib/escalation/record';
import type { OpenSupportFormResult } from '@/lib/escalation/protocol';
import { useSettings } from './useSettings';

const EMPTY_TICKET: Ticket = {
  source: 'generic',
  key: '',
  id: '',
  url: '',
  subject: '',
  requester: { name: '', email: '' },
  firstMessage: '',
  structure: '',
  phone: '',
  missing: [],
};

const escalationsKey = (ticketKey: string) => ['escalations', ticketKey] as const;

export function useEscalationDraft(ticket: Ticket | null, row: NomenclatureRow | null, onEscalated?: (record: EscalationRecord) => void) {
  const settings = useSettings();
  const qc = useQueryClient();
  const [draft, setDraft] = useState<EscalationDraft | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [record, setRecord] = useState<EscalationRecord | null>(null);
  const [askingReason, setAskingReason] = useState(false);
  const ticketKey = ticket?.key ?? '';

  const history = useQuery({
    queryKey: escalationsKey(ticketKey),
    queryFn: () => sendMessage('listEscalations', ticketKey),
    enabled: ticketKey !== '',
  });

  // A new ticket starts over; a requalification updates the labels of an open draft.
  useEffect(() => {
    setDraft(null);
    setRecord(null);
    setInvalid(null);
    setAskingReason(false);
  }, [ticketKey]);
  const [labelsOf, setLabelsOf] = useState<string | undefined>(row?.id);
  if (row && row.id !== labelsOf) {
    setLabelsOf(row.id);
    setDraft((d) => (d ? { ...d, thematique: row.thematique, motif: row.motif, sousMotif: row.sousMotif, rowId: row.id } : d));
  }

  const open = useMutation<OpenSupportFormResult, Error, EscalationDraft>({
    mutationFn: (d) => sendMessage('openSupportForm', d),
    onSuccess: (res) => {
      if (!res.ok) return;
      // The background built and stored the record: show it and put it first in the ticket's list, no refetch.
      setRecord(res.record);
      qc.setQueryData<EscalationRecord[]>(escalationsKey(res.record.ticketKey), (rows) => [res.record, ...(rows ?? [])]);
      onEscalated?.(res.record);
    },
  });

  const start = (reason?: string) => {
    if (!row) return;
    setInvalid(null);
    setRecord(null);
    setAskingReason(false);
    open.reset();
    const built = buildEscalationDraft({ ticket: ticket ?? EMPTY_TICKET, row, profil: settings.profil, settings });
    setDraft(reason ? { ...built, description: `Raison de l’escalade (demande de niveau 1) : ${reason}\n\n${built.description}` } : built);
  };

  const set = (key: keyof EscalationDraft) => (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const value = e.target.type === 'checkbox' ? (e.target as HTMLInputElement).checked : e.target.value;
    setDraft((d) => (d ? { ...d, [key]: value } : d));
  };

  const submit = () => {
    if (!draft) return;
    const parsed = escalationDraftSchema.safeParse(draft);
    if (!parsed.success) {
      setInvalid(draftErrorMessage(parsed.error));
      return;
    }
    if (!parsed.data.consentRetourEmail) {
      setInvalid('Le formulaire exige d’accepter le retour par e-mail : cochez la case avant d’ouvrir le formulaire.');
      return;
    }
    setInvalid(null);
    open.mutate(parsed.data);
  };

  return {
    draft,
    invalid,
    record,
    askingReason,
    setAskingReason,
    start,
    set,
    submit,
    cancel: () => setDraft(null),
    open,
    previous: history.data ?? [],
    profileIncomplete: !settings.profil.prenom || !settings.profil.nom || !settings.profil.email,
  };
}
