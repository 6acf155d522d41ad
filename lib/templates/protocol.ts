// Messages about the référent's custom templates (served by the background's templates handlers, which own storage).
import type { CustomTemplateInput, CustomTemplateRow } from './custom';

export type SaveCustomTemplateResult =
  | { ok: true; row: CustomTemplateRow }
  | { ok: false; errors: { path: string; message: string }[] };

export interface TemplatesProtocol {
  listCustomTemplates(): CustomTemplateRow[];
  saveCustomTemplate(input: CustomTemplateInput): SaveCustomTemplateResult;
  deleteCustomTemplate(id: string): void;
}
