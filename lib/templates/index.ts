// Public API of the template language: context, analysis, rendering, templates and KB entries per sous-motif, custom templates.
export { templateContextSchema, emptyTemplateContext, buildTemplateContext, splitPersonName, formatFrenchDate, referentSignature, ticketFills } from './context';
export type { TemplateContext, ContextSources } from './context';
export { analyzeTemplate, tokenize, KNOWN_VARIABLES, CARET_MARK, FILL_IN_PREFIX, isKnownVariable } from '../pack/template-language';
export type { TemplateAnalysis, TemplateToken, KnownVariable } from '../pack/template-language';
export { renderTemplate, variableValue } from './render';
export type { RenderedTemplate } from './render';
export { escapeHtml, sanitizeHtml, textToHtml } from './html';
export { isSafeHref } from '../pack/safe-href';
export { templatesForRow, kbEntriesForRow, primaryKbEntry, replyKbEntry, searchKb, customToResponseTemplate, isCustomTemplate, CUSTOM_TEMPLATE_PREFIX } from './catalogue';
export {
  customTemplateRowSchema,
  customTemplateInputSchema,
  templateProposalSchema,
  buildTemplateProposal,
  proposalText,
  proposalFileName,
} from './custom';
export type { CustomTemplateRow, CustomTemplateInput, TemplateProposal } from './custom';
