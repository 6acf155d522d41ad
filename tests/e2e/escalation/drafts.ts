// Escalation drafts used by the e2e tests (two niveau 2 rows: plain labels, and labels with apostrophes).
export const DRAFT_ACCES = {
  prenom: 'Anne',
  nom: 'Martin',
  email: 'anne.martin@siao75.fr',
  profil: 'Référent SI SIAO',
  departement: '75',
  thematique: 'ACCÈS ET AUTHENTIFICATION',
  motif: 'Problème de connexion au SI SIAO',
  sousMotif: 'Accès au compte',
  description: 'Ticket CRM n° 4242\nMessage d’erreur exact : « Erreur technique (code 500) »',
  consentRetourEmail: true,
  consentCommunications: false,
  subject: 'Connexion impossible',
  ticketKey: 'hubspot:4242',
  ticketUrl: 'https://app.hubspot.com/contacts/1/record/0-5/4242',
  rowId: 'acces.probleme-connexion.acces-compte',
};

export const DRAFT_EVOLUTION = {
  ...DRAFT_ACCES,
  departement: '93 - Seine-Saint-Denis',
  profil: 'administrateur departemental',
  thematique: "PROPOSITION D'ÉVOLUTIONS",
  motif: "Demande d'hébergement d'urgence",
  sousMotif: "Demande d'hébergement d'urgence",
  consentCommunications: true,
  ticketKey: 'hubspot:5151',
  rowId: 'proposition-evolutions.demande-hebergement-urgence.demande-hebergement-urgence',
};
