// Pack fuzzing: thousands of mutated packs are refused with the JSON path of the fault, and the pack in use is kept.
import { describe, expect, it } from 'vitest';
import { validatePack } from '@/lib/pack/validate';
import { PackManager, type PackCacheStore } from '@/lib/pack/manager';
import { rng as prng } from '@/lib/classify/random';
import { freshPack, type AnyPack } from './_pack';

// 1000 by default to keep the suite quick on a shared machine; PACK_FUZZ_N=10000 for a longer run.
const N = Number(process.env.PACK_FUZZ_N ?? 1000);

type Mutation = { expectPath: string; apply: (p: AnyPack) => void };

/** Values invalid for every top-level field (each is a non-empty string, a literal, an object or a non-empty array). */
const BAD_VALUES: unknown[] = [null, 42, -1, true, [], {}, ''];
const BAD_URLS = ['javascript:alert(1)', 'ftp://x.fr/a', 'pas une adresse', '//x.fr', 'data:text/html,<b>'];
const REQUIRED = {
  nomenclature: ['id', 'niveau', 'thematique', 'motif', 'sousMotif'],
  templates: ['id', 'rowIds', 'title', 'text', 'html'],
  entries: ['id', 'title', 'url', 'section'],
  top: ['format', 'formatVersion', 'id', 'version', 'publishedAt', 'nomenclature', 'templates', 'kb', 'welcomeMail'],
} as const;

/** One random invalidating mutation and the path where the fault must be reported. */
function mutation(rand: () => number, p: AnyPack): Mutation {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const idx = (xs: readonly unknown[]) => Math.floor(rand() * xs.length);
  const n = idx(p.nomenclature);
  const t = idx(p.templates);
  const e = idx(p.kb.entries);
  switch (Math.floor(rand() * 12)) {
    case 0: { const f = pick(REQUIRED.nomenclature); return { expectPath: `nomenclature[${n}].${f}`, apply: (x) => { delete x.nomenclature[n][f]; } }; }
    case 1: { const f = pick(REQUIRED.templates); return { expectPath: `templates[${t}].${f}`, apply: (x) => { delete x.templates[t][f]; } }; }
    case 2: { const f = pick(REQUIRED.entries); return { expectPath: `kb.entries[${e}].${f}`, apply: (x) => { delete x.kb.entries[e][f]; } }; }
    case 3: {
      const f = pick(REQUIRED.top);
      return { expectPath: f, apply: (x) => { x[f] = pick(BAD_VALUES.filter((v) => !Array.isArray(v) || f !== 'templates')); } };
    }
    case 4: { const f = pick(['niveau', 'thematique', 'motif', 'sousMotif'] as const); return { expectPath: `nomenclature[${n}].${f}`, apply: (x) => { x.nomenclature[n][f] = pick([null, 0, 3, [], {}, '']); } }; }
    case 5: { const bad = `inconnu.${Math.floor(rand() * 1e6)}`; return { expectPath: `templates[${t}].rowIds[0]`, apply: (x) => { x.templates[t].rowIds = [bad]; } }; }
    case 6: { const v = pick(['usager.age', 'ticket.id', 'Usager.Prenom', 'kb', 'referent']); const k = pick(['text', 'html'] as const); return { expectPath: `templates[${t}].${k}`, apply: (x) => { x.templates[t][k] += ` {{${v}}}`; } }; }
    case 7: { const u = pick(BAD_URLS); return { expectPath: `kb.entries[${e}].url`, apply: (x) => { x.kb.entries[e].url = u; } }; }
    case 8: {
      const other = (n + 1 + idx(p.nomenclature.slice(1))) % p.nomenclature.length;
      const [lo, hi] = n < other ? [n, other] : [other, n];
      return { expectPath: `nomenclature[${hi}].id`, apply: (x) => { x.nomenclature[hi].id = x.nomenclature[lo].id; } };
    }
    case 9: { const v = pick(['1.2', 'v1.0.0', '2026-11-01', '', '1.2.3.4']); return { expectPath: 'version', apply: (x) => { x.version = v; } }; }
    case 10: { const h = pick(['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:x()">x</a>', '<iframe src="https://e.fr"></iframe>']); return { expectPath: `templates[${t}].html`, apply: (x) => { x.templates[t].html += h; } }; }
    default: {
      const rowId = p.nomenclature[n].id;
      return {
        expectPath: `nomenclature[${n}]`,
        apply: (x) => { x.templates = x.templates.filter((tp: { rowIds: string[] }) => !tp.rowIds.includes(rowId)); },
      };
    }
  }
}

describe('pack fuzzing', () => {
  it(`refuses ${N} mutated packs, each with the faulty path, and keeps the pack in use`, async () => {
    const rand = prng(20261128);
    const base = freshPack();
    const cache: PackCacheStore = { get: async () => undefined, put: async () => { throw new Error('un pack refusé ne doit pas être mis en cache'); } };
    const manager = new PackManager({ bundled: base, cache });
    const before = manager.current();
    const missed: string[] = [];
    for (let i = 0; i < N; i++) {
      const m = mutation(rand, base);
      const p = freshPack();
      m.apply(p);
      // Every 50th mutation goes through the manager; the others through validatePack (same code path, faster).
      if (i % 50 === 0) {
        const r = await manager.install({ raw: p, source: { kind: 'file', name: `fuzz-${i}.json` } });
        if (r.status !== 'refused' || !r.errors.some((x) => x.path.startsWith(m.expectPath))) missed.push(`#${i} ${m.expectPath} → ${r.status}`);
        expect(manager.current()).toBe(before);
      } else {
        const v = validatePack(p);
        if (v.ok || !v.errors.some((x) => x.path.startsWith(m.expectPath) && x.message.length > 0)) {
          missed.push(`#${i} ${m.expectPath} → ${v.ok ? 'accepté' : v.errors.map((x) => x.path).join(', ')}`);
        }
      }
    }
    expect(missed.slice(0, 10)).toEqual([]);
    expect(manager.current().version).toBe(base.version);
  }, 300_000);
});
