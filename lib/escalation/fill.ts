// fillSupportForm: fills the national support form (both HubSpot generations, steps, dependent fields) from a draft; never submits.
import type { EscalationDraft } from './schema';
import { FIELD_SPECS, type FieldSpec } from './fields';
import { locateField } from './locate';
import { fillControl } from './controls';
import { allDocuments, highlight, isHidden, ownText, sleep, userClick } from './dom';
import { normalizeText } from './match';

export interface FillOptions {
  /** Wait this long (ms) for the form to appear; default 20 s (the real form loads asynchronously). */
  formWaitMs?: number;
  /** Give up this long (ms) after the form appeared; default 12 s. */
  timeoutMs?: number;
  /** Stop early when the page has not changed for this long after something was filled (ms); default 2.5 s. */
  settleMs?: number;
  /** Outline filled (green) and unfilled (orange) fields; default true. */
  highlight?: boolean;
  /** Click « Suivant » to reach the next step of multi-step forms; default true. */
  followSteps?: boolean;
}

export interface FillReport {
  /** French labels of the fields filled. */
  filled: string[];
  /** French labels of the fields that could not be filled. */
  missing: string[];
  /** One French sentence per missing field saying why. */
  details: string[];
  /** Time spent, from the call to the report (ms). */
  elapsedMs: number;
}

const NEXT = /^(suivant|suivante|etape suivante|continuer|next|page suivante)\b/;
const NEVER = /(soumettre|envoyer|submit|valider|send)/;

/** The visible « Suivant » button of a multi-step form, never a submit button. */
export function findNextButton(docs: readonly Document[]): HTMLElement | null {
  for (const doc of docs) {
    const candidates = Array.from(
      doc.querySelectorAll('.hsfc-NavigationRow button, button, input[type=button], input[type=submit], [role=button]'),
    ) as HTMLElement[];
    for (const b of candidates) {
      const text = normalizeText(b.tagName === 'INPUT' ? (b as HTMLInputElement).value : ownText(b) || (b.getAttribute('aria-label') ?? ''));
      if (!NEXT.test(text) || NEVER.test(text)) continue;
      if ((b as HTMLButtonElement).disabled || isHidden(b)) continue;
      return b;
    }
  }
  return null;
}

function wantedValue(spec: FieldSpec, draft: EscalationDraft): string | boolean | undefined {
  const v = spec.value(draft);
  return typeof v === 'string' && v.trim() === '' ? undefined : v;
}

/**
 * Fills the support form found in `root` (or in a same-origin iframe of it) from the draft.
 * Waits for the form, for dependent fields and for the next steps; clicks « Suivant » but never submits.
 * Run it in the page's own context (main world) or in a Chrome content script: values are set through native setters and events.
 */
export async function fillSupportForm(
  root: Document,
  draft: EscalationDraft,
  options: FillOptions = {},
): Promise<FillReport> {
  const timeoutMs = options.timeoutMs ?? 12_000;
  const formWaitMs = options.formWaitMs ?? Math.max(20_000, timeoutMs);
  const settleMs = options.settleMs ?? 2_500;
  const quietMs = 800;
  const doHighlight = options.highlight ?? true;
  const followSteps = options.followSteps ?? true;

  const pending = FIELD_SPECS.filter((s) => wantedValue(s, draft) !== undefined);
  const filled: string[] = [];
  const reasons = new Map<string, string>();
  const failedEls = new Map<string, HTMLElement>();
  /** Failed attempts per field: a field that keeps failing is left for the référent. */
  const attempts = new Map<string, number>();
  const MAX_ATTEMPTS = 3;

  const start = Date.now();
  /** Set when the first field of the form is found: the fill timeout runs from there. */
  let formSeenAt: number | undefined;
  const deadline = () => (formSeenAt === undefined ? start + formWaitMs : formSeenAt + timeoutMs);
  let lastChange = Date.now();
  const observed = new Set<Document>();
  const observers: MutationObserver[] = [];
  const observe = (docs: Document[]) => {
    for (const d of docs) {
      if (observed.has(d)) continue;
      const MO = d.defaultView?.MutationObserver ?? (typeof MutationObserver === 'function' ? MutationObserver : undefined);
      if (!MO) continue;
      const mo = new MO(() => {
        lastChange = Date.now();
      });
      mo.observe(d, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style', 'hidden'] });
      observers.push(mo);
      observed.add(d);
    }
  };

  let nextClicks = 0;
  try {
    while (pending.length) {
      const docs = allDocuments(root);
      observe(docs);
      let progressed = false;
      for (const spec of [...pending]) {
        if ((attempts.get(spec.key) ?? 0) >= MAX_ATTEMPTS) continue;
        const ctl = locateField(spec, docs);
        if (!ctl) continue;
        formSeenAt ??= Date.now();
        const value = wantedValue(spec, draft)!;
        const outcome = await fillControl(ctl, value);
        if (outcome.ok) {
          pending.splice(pending.indexOf(spec), 1);
          filled.push(spec.label);
          reasons.delete(spec.key);
          failedEls.delete(spec.key);
          if (doHighlight) highlight(outcome.shown, 'filled');
          progressed = true;
        } else {
          attempts.set(spec.key, (attempts.get(spec.key) ?? 0) + 1);
          reasons.set(spec.key, outcome.reason);
          failedEls.set(spec.key, ctl.kind === 'checkbox' ? ctl.container : ctl.el);
        }
      }
      if (!pending.length) break;
      const now = Date.now();
      if (progressed) {
        lastChange = now;
        await sleep(50);
        continue;
      }
      if (now >= deadline()) break;
      const quiet = now - lastChange;
      if (quiet >= quietMs && followSteps && nextClicks < 6) {
        const next = findNextButton(docs);
        // Fields still pending are not on this step (or cannot be filled here): move on.
        if (next) {
          nextClicks++;
          userClick(next);
          lastChange = Date.now();
          await sleep(150);
          continue;
        }
      }
      if (filled.length && quiet >= Math.max(settleMs, quietMs)) break;
      await sleep(100);
    }
  } finally {
    for (const mo of observers) mo.disconnect();
  }

  const missing: string[] = [];
  const details: string[] = [];
  for (const spec of pending) {
    const foundButFailed = reasons.has(spec.key);
    const isOptional = spec.optional?.(draft) ?? false;
    if (isOptional && !foundButFailed) continue;
    missing.push(spec.label);
    details.push(`${spec.label} : ${reasons.get(spec.key) ?? 'champ introuvable sur la page'}`);
    const el = failedEls.get(spec.key);
    if (doHighlight && el) highlight(el, 'missing');
  }
  return { filled, missing, details, elapsedMs: Date.now() - start };
}
