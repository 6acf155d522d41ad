// Validation of a pack at the boundary (bundled, file, URL): accepted with its warnings, or refused with JSON paths.
import type { Pack } from './schema';
import { checkPack } from './check';
import type { PackProblem } from './problems';

export interface PackError {
  path: string;
  message: string;
}

export type ValidatePackResult =
  | { ok: true; pack: Pack; warnings: PackError[] }
  | { ok: false; errors: PackError[] };

export function validatePack(raw: unknown): ValidatePackResult {
  const { pack, problems } = checkPack(raw);
  const strip = (p: PackProblem): PackError => ({ path: p.path, message: p.message });
  const errors = problems.filter((p) => p.severity === 'error').map(strip);
  if (!pack || errors.length) return { ok: false, errors };
  return { ok: true, pack, warnings: problems.filter((p) => p.severity === 'warning').map(strip) };
}
