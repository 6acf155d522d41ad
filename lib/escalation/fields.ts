// The support form's fields as Aiguilleur knows them: French label, HubSpot names, label patterns, value from the draft.
import type { EscalationDraft } from './schema';

export type FieldKind = 'text' | 'choice' | 'consent' | 'file';

export interface FieldSpec {
  key: string;
  /** French label reported in `filled` / `missing` (the seed's wording). */
  label: string;
  kind: FieldKind;
  /** Known HubSpot field names (legacy and new editor). */
  names: readonly string[];
  /** Normalised label patterns (see `labelMatches`); a leading `^` anchors at the start. */
  labels: readonly string[];
  /** Label patterns that must NOT match (e.g. "sous-motif" for the motif). */
  notLabels?: readonly string[];
  /** Value to set: a string, a boolean for consents, undefined when there is nothing to set. */
  value(d: EscalationDraft): string | boolean | undefined;
  /** True when the form may lack this field without it being reported missing. */
  optional?: (d: EscalationDraft) => boolean;
}

export const FIELD_SPECS: readonly FieldSpec[] = [
  {
    key: 'prenom',
    label: 'Prénom',
    kind: 'text',
    names: ['firstname', '0-1/firstname'],
    labels: ['^prenom'],
    value: (d) => d.prenom,
  },
  {
    key: 'nom',
    label: 'Nom',
    kind: 'text',
    names: ['lastname', '0-1/lastname'],
    labels: ['^nom', '^nom de famille'],
    notLabels: ['prenom'],
    value: (d) => d.nom,
  },
  {
    key: 'email',
    label: 'E-mail',
    kind: 'text',
    names: ['email', '0-1/email'],
    labels: ['^e mail', '^email', '^adresse e mail', '^adresse email', '^courriel'],
    value: (d) => d.email,
  },
  {
    key: 'profil',
    label: 'Quel est votre profil ?',
    kind: 'choice',
    names: ['profil', 'profile', '0-1/profil', '0-5/profil'],
    labels: ['quel est votre profil', '^profil', 'votre profil'],
    notLabels: ['profil utilise'],
    value: (d) => d.profil,
  },
  {
    key: 'departement',
    label: 'Quel est votre département ?',
    kind: 'choice',
    names: ['departement', 'department', '0-1/departement', '0-5/departement'],
    labels: ['quel est votre departement', '^departement', 'votre departement'],
    value: (d) => d.departement,
  },
  {
    key: 'subject',
    label: 'Objet',
    kind: 'text',
    names: ['TICKET.subject', '0-5/subject', 'subject'],
    labels: ['^objet', '^sujet', '^titre de votre demande', '^nom du ticket'],
    value: (d) => d.subject,
    optional: () => true,
  },
  {
    key: 'description',
    label: "Description de votre demande d'assistance",
    kind: 'text',
    names: ['TICKET.content', '0-5/content', 'content'],
    labels: ['description de votre demande', '^description', 'detaillez votre demande', '^votre message', '^message'],
    value: (d) => d.description,
  },
  {
    key: 'consentRetourEmail',
    label: "J'accepte de recevoir un retour par e-mail suite à ma demande d'assistance",
    kind: 'consent',
    names: [],
    labels: ['recevoir un retour par e mail', 'retour par e mail', 'retour par email'],
    value: (d) => d.consentRetourEmail,
    optional: (d) => !d.consentRetourEmail,
  },
  {
    key: 'consentCommunications',
    label: "J'accepte de recevoir les autres communications de l'équipe SI SIAO",
    kind: 'consent',
    names: [],
    labels: ['autres communications', 'recevoir les communications', 'recevoir des communications', 'communications de l equipe'],
    notLabels: ['retour par e mail'],
    value: (d) => d.consentCommunications,
    optional: (d) => !d.consentCommunications,
  },
  {
    key: 'thematique',
    label: 'Sélectionnez la thématique de votre sollicitation',
    kind: 'choice',
    names: ['thematique', '0-5/thematique', 'TICKET.thematique'],
    labels: ['thematique de votre sollicitation', '^thematique', 'selectionnez la thematique'],
    value: (d) => d.thematique,
  },
  {
    key: 'motif',
    label: 'Sélectionnez votre motif',
    kind: 'choice',
    names: ['motif', '0-5/motif', 'TICKET.motif'],
    labels: ['^selectionnez votre motif', '^motif', 'votre motif'],
    notLabels: ['sous motif'],
    value: (d) => d.motif,
  },
  {
    key: 'sousMotif',
    label: 'Sélectionnez votre sous-motif',
    kind: 'choice',
    names: ['sous_motif', 'sousmotif', 'sous-motif', '0-5/sous_motif', 'TICKET.sous_motif'],
    labels: ['^selectionnez votre sous motif', '^sous motif', 'votre sous motif'],
    value: (d) => d.sousMotif,
  },
  {
    key: 'screenshot',
    label: "Pièce jointe (capture d'écran)",
    kind: 'file',
    names: [],
    labels: [],
    value: (d) => d.screenshotDataUrl,
    optional: () => true,
  },
];
