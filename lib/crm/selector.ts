// Computes a robust CSS selector for an element the référent pointed at: stable attributes first, then classes, then position.
import { ELEMENT_NODE } from './dom';

/** Attributes test suites and apps keep stable across releases, most reliable first. */
const STABLE_ATTRIBUTES = ['data-test-id', 'data-testid', 'data-selenium-test', 'data-qa', 'data-cy', 'id', 'name', 'role'];
/** Class names that describe a state, not a part of the page. */
const STATE_CLASS = /(^|-)(is|has)-|active|hover|focus|selected|open|hidden|visible|current|disabled/i;

/** A value that looks like a name, not a generated token nor a record id (ticket numbers must not end up in a selector). */
function stableValue(v: string): boolean {
  return v.length > 0 && v.length <= 60 && !/\d{3,}/.test(v) && !/^[a-f0-9-]{12,}$/i.test(v) && !/[\s"\\]/.test(v);
}

function stableClass(c: string): boolean {
  return /^[A-Za-z][\w-]*$/.test(c) && c.length <= 40 && !/\d{3,}/.test(c) && !STATE_CLASS.test(c) && !/^(sc|css|jsx|emotion|styled)-/i.test(c) && !/__[A-Za-z0-9]{5,}$/.test(c);
}

function attrSelector(name: string, value: string): string {
  return `[${name}="${value}"]`;
}

/** The descriptions of `el` alone, most robust first (tag + attribute, tag + classes, tag). */
function candidates(el: Element): string[] {
  const tag = el.tagName.toLowerCase();
  const out: string[] = [];
  for (const a of STABLE_ATTRIBUTES) {
    const v = el.getAttribute(a);
    if (v !== null && stableValue(v)) out.push(`${tag}${attrSelector(a, v)}`);
  }
  const classes = Array.from(el.classList).filter(stableClass).slice(0, 3);
  if (classes.length) out.push(`${tag}${classes.map((c) => `.${c}`).join('')}`);
  out.push(tag);
  return out;
}

function matchesOnly(root: ParentNode, sel: string, el: Element): boolean {
  try {
    const found = root.querySelectorAll(sel);
    return found.length === 1 && found[0] === el;
  } catch {
    return false;
  }
}

/** `step` narrowed by position among its siblings when several of them match it. */
function positioned(el: Element, step: string): string {
  const parent = el.parentElement;
  if (!parent) return step;
  const same = Array.from(parent.children).filter((c) => {
    try {
      return c.matches(step);
    } catch {
      return false;
    }
  });
  if (same.length <= 1) return step;
  const index = Array.from(parent.children).filter((c) => c.tagName === el.tagName).indexOf(el) + 1;
  return `${step}:nth-of-type(${index})`;
}

/**
 * A selector that designates `el` alone in `root` (its document by default), made of the most stable parts available:
 * a stable attribute of the element or of a close ancestor, then stable classes, then positions. Never contains record ids.
 * `root` is where the selector will be applied: the adapter's reading scope when it has one.
 */
export function robustSelector(el: Element, root: ParentNode = el.ownerDocument): string {
  for (const c of candidates(el)) if (matchesOnly(root, c, el)) return c;
  // Walk up: the element's best step under an ancestor's best step, until the combination is unique.
  const steps: string[] = [positioned(el, candidates(el)[0]!)];
  // Within a scope (a Zendesk ticket workspace), the walk stops at the scope: the selector then fits every workspace.
  for (let node = el.parentElement; node && node.nodeType === ELEMENT_NODE && node !== root; node = node.parentElement) {
    const tail = steps.join(' > ');
    if (matchesOnly(root, tail, el)) return tail;
    const anchored = candidates(node).find((c) => c !== node.tagName.toLowerCase() && matchesOnly(root, c, node));
    if (anchored) {
      const sel = `${anchored} ${tail}`;
      if (matchesOnly(root, sel, el)) return sel;
    }
    if (node.tagName.toLowerCase() === 'body') return `body > ${tail}`;
    steps.unshift(positioned(node, candidates(node)[0]!));
  }
  return steps.join(' > ');
}
