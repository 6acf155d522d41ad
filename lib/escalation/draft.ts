// Builds the escalation draft for the national team from the ticket, the chosen sous-motif, the profile and settings.
import type { Ticket } from '@/lib/crm/ticket';
import type { NomenclatureRow } from '@/lib/pack/schema';
import type { Profil, Settings } from '@/lib/settings';
import type { EscalationDraft } from './schema';
import type { EscalationRecord } from './record';
import { normalizeText } from './match';
import { extractCacheCleared, extractOthersAffected } from './facts';

/** Contract of the escalation facts (implemented in ./facts): 'oui' | 'non' | null when the ticket does not say. */
export { extractCacheCleared, extractOthersAffected };

export interface BuildDraftInput {
  ticket: Ticket;
  row: NomenclatureRow;
  profil: Profil;
  settings: Settings;
}

const ERROR_WORDS = /(erreur|error|message|affiche|indique|echec|impossible|exception|refus)/;

/** The exact error message quoted in a ticket, or null: quoted text near an error word, « Erreur : … » lines, HTTP error codes. */
export function extractErrorMessage(text: string): string | null {
  if (!text) return null;
  // 1. Quoted text whose neighbourhood speaks of an error.
  const quoted = /«\s*([^»]{3,300}?)\s*»|“([^”]{3,300}?)”|"([^"\n]{3,300}?)"/g;
  for (const m of text.matchAll(quoted)) {
    const inner = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    const start = m.index ?? 0;
    const around = normalizeText(text.slice(Math.max(0, start - 80), start) + ' ' + inner);
    if (inner && ERROR_WORDS.test(around)) return inner;
  }
  // 2. « message d'erreur : … », « erreur suivante : … », « Error: … » up to the end of the line.
  const labelled = /(?:message d['’]erreur|erreur suivante|message suivant|l['’]erreur|erreur|error)\s*(?:suivante|suivant|qui s['’]affiche|affich[ée]e?)?\s*[:：]\s*([^\n]{3,300})/i.exec(text);
  if (labelled?.[1]) return labelled[1].trim().replace(/[.;]+$/, '');
  // 3. HTTP-like error codes ("Erreur 500 …", "403 Forbidden").
  const code = /\b(?:erreur|error)\s+\d{3}\b[^\n.]*|\b\d{3}\s+(?:Forbidden|Not Found|Internal Server Error|Bad Gateway|Service Unavailable|Unauthorized|Bad Request)\b/i.exec(text);
  return code ? code[0].trim() : null;
}

const PROFILS = [
  'administrateur national',
  'administrateur départemental',
  'administrateur local',
  'référent SI SIAO',
  'coordinateur SIAO',
  'opérateur SIAO',
  'écoutant 115',
  'écoutant',
  'travailleur social',
  'gestionnaire de structure',
  'gestionnaire',
  'prescripteur',
  'évaluateur',
  'intervenant social',
];

/** The SI SIAO profil the requester used, when the ticket says it. */
export function extractProfilUsed(text: string): string | null {
  const explicit = /profil\s+(?:utilis[ée]\s+)?(?:dans le si siao\s+)?(?:est\s+|:\s*|«\s*)([^\n,.;»]{3,60})/i.exec(text);
  if (explicit?.[1]) return explicit[1].trim();
  const n = normalizeText(text);
  const hit = PROFILS.find((p) => n.includes(normalizeText(p)));
  return hit ?? null;
}

const answer = (v: 'oui' | 'non' | null, oui: string, non: string) =>
  v === 'oui' ? oui : v === 'non' ? non : 'à préciser (non indiqué dans la demande)';

/** Département as the form asks it: the profile's, else the number found in the SIAO label ("SIAO 75" → "75"). */
function departementOf(profil: Profil): string {
  if (profil.departement.trim()) return profil.departement.trim();
  const m = /\b(\d{2,3}|2A|2B)\b/i.exec(profil.siao);
  return m?.[1] ?? '';
}

function clip(text: string, max: number): string {
  const t = text.replace(/\r\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}

/** The description sent to the national team, following what the support form asks. */
export function composeDescription(ticket: Ticket, row: NomenclatureRow, profil: Profil): string {
  const body = [ticket.subject, ticket.firstMessage].filter(Boolean).join('\n');
  const error = extractErrorMessage(body);
  const profilUsed = extractProfilUsed(body);
  const requester = [ticket.requester.name, ticket.requester.email && `<${ticket.requester.email}>`].filter(Boolean).join(' ');
  const referent = [profil.prenom, profil.nom].filter(Boolean).join(' ');
  const lines = [
    `Demande escaladée au niveau 2 par ${referent || 'le référent SI SIAO'}${profil.siao ? ` (${profil.siao})` : ''}.`,
    `Qualification : ${row.thematique} > ${row.motif} > ${row.sousMotif}`,
    '',
    `Ticket CRM : n° ${ticket.id || 'non disponible'}${ticket.url ? ` — ${ticket.url}` : ''}`,
    `Demandeur : ${requester || 'non indiqué'}${ticket.phone ? ` — tél. ${ticket.phone}` : ''}`,
    `Structure : ${ticket.structure || 'non indiquée'}`,
    ticket.subject ? `Objet : ${ticket.subject}` : '',
    '',
    'Actions effectuées jusqu’au blocage (message du demandeur) :',
    clip(ticket.firstMessage || 'non disponible', 1800),
    '',
    `Message d’erreur exact : ${error ? `« ${error} »` : 'aucun message d’erreur cité dans la demande'}`,
    `Profil utilisé dans le SI SIAO : ${profilUsed ?? 'à préciser (non indiqué dans la demande)'}`,
    `Présence de l’incident chez d’autres utilisateurs : ${answer(extractOthersAffected(body), 'oui, d’après le demandeur', 'non, d’après le demandeur')}`,
    `Vidage des caches du navigateur : ${answer(extractCacheCleared(body), 'oui, fait par le demandeur', 'non, pas encore fait')}`,
  ];
  return lines
    .filter((l, i, all) => !(l === '' && all[i - 1] === ''))
    .join('\n')
    .trim();
}

/** The draft for the national support form; the référent reviews it before the form opens. */
export function buildEscalationDraft({ ticket, row, profil, settings }: BuildDraftInput): EscalationDraft {
  return {
    prenom: profil.prenom.trim(),
    nom: profil.nom.trim(),
    email: profil.email.trim(),
    profil: profil.profil.trim(),
    departement: departementOf(profil),
    thematique: row.thematique,
    motif: row.motif,
    sousMotif: row.sousMotif,
    description: composeDescription(ticket, row, profil),
    consentRetourEmail: true,
    consentCommunications: settings.consentCommunications,
    subject: ticket.subject.trim() || `${row.motif} — ${row.sousMotif}`,
    ticketKey: ticket.key,
    ticketUrl: ticket.url,
    rowId: row.id,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The internal note for the CRM: « Escaladé à l'assistance nationale le jj/mm/aaaa, motif … ». */
export function internalNoteText(record: Pick<EscalationRecord, 'createdAt' | 'draft'>): string {
  const d = new Date(record.createdAt);
  const date = Number.isNaN(d.getTime()) ? record.createdAt : `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
  const { thematique, motif, sousMotif } = record.draft;
  return `Escaladé à l'assistance nationale le ${date}, motif ${thematique} > ${motif} > ${sousMotif}.`;
}
