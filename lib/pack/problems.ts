// A problem found in a pack: JSON path + French message + severity, and how to print them.

export type ProblemSeverity = 'error' | 'warning';

export interface PackProblem {
  /** JSON path of the faulty field, e.g. `templates[3].rowIds[0]` (empty for the whole pack). */
  path: string;
  message: string;
  severity: ProblemSeverity;
}

/** `['templates', 3, 'rowIds', 0]` → `templates[3].rowIds[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

export function formatProblem(p: PackProblem): string {
  const label = p.severity === 'error' ? 'erreur' : 'avertissement';
  return `${label} ${p.path || '(pack)'} : ${p.message}`;
}

/** One French sentence naming the bad fields, for the options page and the status. */
export function refusalMessage(errors: readonly Pick<PackProblem, 'path' | 'message'>[], max = 5): string {
  const shown = errors.slice(0, max).map((e) => `${e.path || '(pack)'} : ${e.message}`);
  const more = errors.length > max ? ` (et ${errors.length - max} autre${errors.length - max > 1 ? 's' : ''})` : '';
  const n = errors.length;
  return `Pack refusé, ${n} problème${n > 1 ? 's' : ''} : ${shown.join(' ; ')}${more}. Le pack précédent reste utilisé.`;
}
