// What an adapter read on a page, field by field: which hook (selector or strategy) found it and how long it was — never the content.
import { z } from 'zod';
import { crmSourceSchema, type CrmAdapter, type Ticket } from './ticket';
import type { LearntHooks } from './read-context';

/** Every field an adapter tries to read, in the order the diagnostic lists them. */
export const readFieldSchema = z.enum(['subject', 'requester', 'firstMessage', 'requesterChoice', 'structure', 'phone', 'editor', 'sendButton']);
export type ReadField = z.infer<typeof readFieldSchema>;
export const READ_FIELDS = readFieldSchema.options;

/** French names of the fields, shown by the diagnostic. */
export const FIELD_LABELS: Record<ReadField, string> = {
  subject: 'Objet',
  requester: 'Demandeur',
  firstMessage: 'Premier message',
  requesterChoice: 'Qualification du demandeur',
  structure: 'Structure',
  phone: 'Téléphone',
  editor: 'Éditeur de réponse',
  sendButton: "Bouton d'envoi",
};

export const fieldReportSchema = z.object({
  field: readFieldSchema,
  found: z.boolean(),
  /** Characters read (text fields); null for the editor and the send button, which are elements. */
  length: z.number().int().nonnegative().nullable(),
  /** The selector or strategy that found it; null when nothing did. */
  hook: z.string().nullable(),
  /** True when the hook is a selector the référent taught on this host. */
  learnt: z.boolean().default(false),
});
export type FieldReport = z.infer<typeof fieldReportSchema>;

export const readReportSchema = z.object({
  host: z.string(),
  adapter: crmSourceSchema,
  fields: z.array(fieldReportSchema),
});
export type ReadReport = z.infer<typeof readReportSchema>;

/** Collects hooks while an adapter reads; the first hook that yields something wins, `learnt` overrides it. */
export interface ReportRecorder {
  /** Records that `hook` found `field` (ignored when `value` is empty or the field already has a hook). */
  hit(field: ReadField, hook: string, value: string | boolean | null | undefined): void;
  /** Records a learnt selector as the field's hook, whatever was recorded before. */
  learnt(field: ReadField, selector: string): void;
  hookOf(field: ReadField): { hook: string; learnt: boolean } | undefined;
}

export function createRecorder(): ReportRecorder {
  const hooks = new Map<ReadField, { hook: string; learnt: boolean }>();
  return {
    hit(field, hook, value) {
      if (!value || hooks.has(field)) return;
      hooks.set(field, { hook, learnt: false });
    },
    learnt(field, selector) {
      hooks.set(field, { hook: selector, learnt: true });
    },
    hookOf: (field) => hooks.get(field),
  };
}

/** The hook name of a value read by its label in a properties panel. */
export const labelHook = (name: string): string => `libellé « ${name} »`;

/** Length of what the ticket holds for a text field (what the sidebar will work on). */
export function fieldLength(ticket: Ticket, field: ReadField): number | null {
  switch (field) {
    case 'subject':
      return ticket.subject.length;
    case 'requester':
      return ticket.requester.name.length + ticket.requester.email.length;
    case 'firstMessage':
      return ticket.firstMessage.length;
    case 'requesterChoice': {
      const c = ticket.requesterChoice;
      return c ? (c.thematique ?? '').length + (c.motif ?? '').length + (c.sousMotif ?? '').length : 0;
    }
    case 'structure':
      return ticket.structure.length;
    case 'phone':
      return ticket.phone.length;
    default:
      return null;
  }
}

/**
 * The report of one reading: lengths come from the final Ticket (after the form-notification parsing), hooks from the recorder.
 * `elements` says whether the editor and the send button were found.
 */
export function finishReport(
  rec: ReportRecorder,
  ticket: Ticket,
  host: string,
  elements: Partial<Record<'editor' | 'sendButton', boolean>>,
): ReadReport {
  const fields = READ_FIELDS.map((field): FieldReport => {
    const length = fieldLength(ticket, field);
    const found = length === null ? Boolean(elements[field as 'editor' | 'sendButton']) : length > 0;
    const h = rec.hookOf(field);
    const hook = found ? (h?.hook ?? (field === 'requesterChoice' ? 'notification du formulaire' : 'inconnu')) : null;
    return { field, found, length, hook, learnt: Boolean(found && h?.learnt) };
  });
  return readReportSchema.parse({ host, adapter: ticket.source, fields });
}

/** The text « Copier le diagnostic » puts on the clipboard: host, adapter, hooks and lengths only — no ticket content. */
export function formatReport(report: ReadReport, meta: { version: string; adapterLabel: string }): string {
  const lines = [
    'Diagnostic Aiguilleur',
    `Version : ${meta.version}`,
    `Hôte : ${report.host}`,
    `Adaptateur : ${meta.adapterLabel} (${report.adapter})`,
    '',
  ];
  for (const f of report.fields) {
    const what = !f.found ? 'non trouvé' : f.length === null ? 'trouvé' : `${f.length} caractères`;
    const hook = f.hook ? ` — ${f.learnt ? 'sélecteur appris' : 'repère'} : ${f.hook}` : '';
    lines.push(`${FIELD_LABELS[f.field]} : ${what}${hook}`);
  }
  return lines.join('\n');
}

/** Reads the page once more with a recorder, then looks for the reply editor: the diagnostic of `adapter` on `doc`. */
export function diagnose(adapter: CrmAdapter, doc: Document, url: URL, learnt?: LearntHooks): ReadReport {
  const report = createRecorder();
  const ctx = { report, ...(learnt ? { learnt } : {}) };
  const ticket = adapter.read(doc, url, ctx);
  const editor = adapter.findEditor(doc, ctx);
  return finishReport(report, ticket, url.hostname, { editor: Boolean(editor), sendButton: Boolean(report.hookOf('sendButton')) });
}
