// The values a réponse type is filled with (usager, référent, ticket, KB link, date) and how to build them from a Ticket.
import { z } from 'zod';
import type { Ticket } from '../crm/ticket';
import type { Profil } from '../settings';
import type { KbEntry } from '../pack/schema';

export const templateContextSchema = z.object({
  usager: z.object({ prenom: z.string(), nom: z.string() }),
  referent: z.object({ prenom: z.string(), nom: z.string(), signature: z.string() }),
  ticket: z.object({ numero: z.string(), lien: z.string().optional() }),
  kb: z.object({ lien: z.string(), titre: z.string().optional() }),
  /** The référent's local SIAO: its name and the support address users should write to first. */
  siao: z.object({ nom: z.string(), email: z.string() }).default({ nom: '', email: '' }),
  date: z.string(),
});
export type TemplateContext = z.infer<typeof templateContextSchema>;

export const emptyTemplateContext: TemplateContext = {
  usager: { prenom: '', nom: '' },
  referent: { prenom: '', nom: '', signature: '' },
  ticket: { numero: '' },
  kb: { lien: '' },
  siao: { nom: '', email: '' },
  date: '',
};

/** Splits a requester's display name into prénom / nom ("Julie Martin", "MARTIN, Julie", "julie.martin@x.fr"). */
export function splitPersonName(name: string): { prenom: string; nom: string } {
  const clean = name.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
  if (!clean || clean.includes('@')) return { prenom: '', nom: '' };
  if (clean.includes(',')) {
    const [nom = '', prenom = ''] = clean.split(',').map((s) => s.trim());
    return { prenom, nom };
  }
  const parts = clean.split(' ');
  if (parts.length === 1) return { prenom: parts[0] ?? '', nom: '' };
  // "MARTIN Julie": an all-caps first word is the nom.
  const first = parts[0] ?? '';
  if (first.length > 1 && first === first.toUpperCase() && /\p{L}/u.test(first)) {
    return { prenom: parts.slice(1).join(' '), nom: first };
  }
  return { prenom: first, nom: parts.slice(1).join(' ') };
}

/** Date as written in a French mail: 28/11/2026. */
export function formatFrenchDate(d: Date): string {
  return new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric' }).format(d);
}

/** Signature of the référent: the one written in the options, or "Prénom Nom" when empty. */
export function referentSignature(profil: Pick<Profil, 'prenom' | 'nom' | 'signature' | 'siao'>): string {
  if (profil.signature.trim()) return profil.signature.trim();
  const name = [profil.prenom, profil.nom].filter((s) => s.trim()).join(' ');
  return [name, profil.siao].filter((s) => s.trim()).join('\n');
}

export interface ContextSources {
  ticket?: Pick<Ticket, 'id' | 'url' | 'requester'> | null;
  profil: Pick<Profil, 'prenom' | 'nom' | 'signature' | 'siao'> & Partial<Pick<Profil, 'siaoEmail'>>;
  kbEntry?: Pick<KbEntry, 'url' | 'title' | 'verified'> | null;
  /** Fallback link when no verified KB entry is chosen (the KB's home). */
  kbBaseUrl?: string;
  now?: Date;
}

/**
 * Builds the TemplateContext from the open ticket, the référent's profile and the KB entry chosen for the row.
 * `{{kb.lien}}` only ever gets a verified URL: an unverified entry (a search or a guessed address) is dropped and the link
 * falls back to the base's home (`kbBaseUrl`), never omitted, so that « consultez la base de connaissances : {{kb.lien}} »
 * still reads well; the guessed link stays in the KB panel for the référent.
 */
export function buildTemplateContext(src: ContextSources): TemplateContext {
  const usager = splitPersonName(src.ticket?.requester.name ?? '');
  const kbEntry = src.kbEntry?.verified ? src.kbEntry : null;
  return {
    usager,
    referent: {
      prenom: src.profil.prenom.trim(),
      nom: src.profil.nom.trim(),
      signature: referentSignature(src.profil),
    },
    ticket: { numero: src.ticket?.id ?? '', ...(src.ticket?.url ? { lien: src.ticket.url } : {}) },
    kb: {
      lien: kbEntry?.url ?? src.kbBaseUrl ?? '',
      ...(kbEntry?.title ? { titre: kbEntry.title } : {}),
    },
    siao: { nom: src.profil.siao.trim(), email: (src.profil.siaoEmail ?? '').trim() },
    date: formatFrenchDate(src.now ?? new Date()),
  };
}

/** Lower case without accents, for matching fill-in labels. */
const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Values the ticket gives for `{{saisie:…}}` fill-ins, by label: a label about the structure gets the ticket's structure,
 * one about a phone its phone number. Shown prefilled, still editable; a label the ticket says nothing about stays empty.
 */
export function ticketFills(labels: readonly string[], ticket: Pick<Ticket, 'structure' | 'phone'> | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const label of labels) {
    const key = plain(label);
    const value = /\bstructure\b/.test(key) ? ticket?.structure : /\b(telephone|tel|portable|mobile)\b/.test(key) ? ticket?.phone : '';
    if (value?.trim()) out[label] = value.trim();
  }
  return out;
}
