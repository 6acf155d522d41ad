// Public face of the escalation area: the draft schema, the form filler and the draft builder.
export { escalationDraftSchema, draftErrorMessage, type EscalationDraft } from './schema';
export { fillSupportForm, findNextButton, type FillOptions, type FillReport } from './fill';
export { buildEscalationDraft, internalNoteText, extractErrorMessage, type BuildDraftInput } from './draft';
export { normalizeText, optionScore, bestOption, labelMatches } from './match';
export { FIELD_SPECS, type FieldSpec } from './fields';
