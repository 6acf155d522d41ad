// Reads the ticket properties every help desk shows by label (the requester's classification, structure, phone), and reports them.
import { PROPERTY_LABELS, readLabelledValue } from './properties';
import { labelHook, type ReportRecorder } from './report';
import type { Ticket } from './ticket';

export type DeclaredFields = Required<Pick<Ticket, 'structure' | 'phone'>> & {
  requesterChoice: { thematique: string; motif: string; sousMotif: string };
};

export function readDeclaredFields(root: ParentNode, report?: ReportRecorder): DeclaredFields {
  const requesterChoice = {
    thematique: readLabelledValue(root, PROPERTY_LABELS.thematique),
    motif: readLabelledValue(root, PROPERTY_LABELS.motif),
    sousMotif: readLabelledValue(root, PROPERTY_LABELS.sousMotif),
  };
  report?.hit('requesterChoice', labelHook('thématique / motif / sous-motif'), requesterChoice.thematique || requesterChoice.motif || requesterChoice.sousMotif);
  const structure = readLabelledValue(root, PROPERTY_LABELS.structure);
  report?.hit('structure', labelHook('structure'), structure);
  const phone = readLabelledValue(root, PROPERTY_LABELS.phone);
  report?.hit('phone', labelHook('téléphone'), phone);
  return { requesterChoice, structure, phone };
}
