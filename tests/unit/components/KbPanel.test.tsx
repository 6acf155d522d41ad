// @vitest-environment happy-dom
// KbPanel: the KB links of a sous-motif (new tab, noopener, "recherche" mark) and the fuzzy search across the catalogue.
import { afterEach, describe, expect, it } from 'vitest';
import { act, type ReactElement } from 'react';
import { KbPanel } from '@/components/KbPanel';
import { mount, type Mounted } from './mount';
import { packSchema } from '@/lib/pack/schema';
import bundled from '@/assets/packs/sisiao.fr.json';

const { model: _model, ...pack } = packSchema.parse(bundled);
let mounted: Mounted | undefined;
let host: HTMLElement;

async function mountPanel(ui: ReactElement) {
  mounted = await mount(ui);
  host = mounted.host;
}

afterEach(() => mounted?.unmount());

function setInput(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  act(() => {
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('KbPanel', () => {
  it('lists the entries of the row, opening in a new tab, marking search links', async () => {
    await mountPanel(<KbPanel pack={pack} rowId={'acces.creation-compte.compte-utilisateur'} />);
    const links = [...host.querySelectorAll<HTMLAnchorElement>('[data-testid="kb-row-links"] a')];
    expect(links.map((a) => a.textContent)).toEqual([
      'Base de connaissances du SI SIAO',
      "Création d'un compte utilisateur",
      'Vidéos tutorielles : connexion et gestion du compte',
      'Guide des nouveaux utilisateurs',
    ]);
    expect(links[0]!.href).toBe('https://basedeconnaissances.sisiao.dihal.gouv.fr/support');
    for (const a of links) {
      expect(a.target).toBe('_blank');
      expect(a.rel).toContain('noopener');
    }
    const items = [...host.querySelectorAll('[data-testid="kb-row-links"] li')];
    expect(items[0]!.textContent).not.toContain('recherche');
    expect(items[1]!.textContent).toContain('recherche');
    expect(items[1]!.textContent).toContain('Accéder au SI SIAO');
  });

  it('marks every unverified entry « recherche » and offers only verified ones for the reply', async () => {
    const row = 'acces.creation-compte.compte-utilisateur';
    const chosen: string[] = [];
    await mountPanel(<KbPanel pack={pack} rowId={row} onChoose={(e) => chosen.push(e.id)} />);
    const items = [...host.querySelectorAll<HTMLElement>('[data-testid="kb-row-links"] li')];
    const byId = new Map(pack.kb.entries.map((e) => [e.id, e]));
    expect(items.length).toBeGreaterThan(1);
    for (const li of items) {
      const entry = byId.get(li.dataset.kbId!)!;
      expect(Boolean(li.querySelector('[data-testid="kb-unverified"]')), entry.id).toBe(!entry.verified);
      expect(Boolean(li.querySelector('button')), entry.id).toBe(entry.verified);
    }
    act(() => items[0]!.querySelector('button')!.click());
    expect(chosen).toEqual(['kb.accueil']);
  });

  it('marks a guessed article address (not a search) « recherche » too', async () => {
    await mountPanel(<KbPanel pack={pack} rowId={'prise-en-main.formations-outil'} />);
    const guessed = pack.kb.entries.find((e) => !e.verified && !e.searchLink)!;
    const li = host.querySelector<HTMLElement>(`[data-kb-id="${guessed.id}"]`);
    if (li) expect(li.textContent).toContain('recherche');
    else {
      const input = host.querySelector<HTMLInputElement>('input[type="search"]')!;
      setInput(input, guessed.title);
      expect(host.querySelector(`[data-testid="kb-search-results"] [data-kb-id="${guessed.id}"]`)!.textContent).toContain('recherche');
    }
  });

  it('asks for a sous-motif when there is none', async () => {
    await mountPanel(<KbPanel pack={pack} rowId={null} />);
    expect(host.textContent).toContain('Choisissez un sous-motif');
    expect(host.querySelector('[data-testid="kb-row-links"]')).toBeNull();
  });

  it('searches the catalogue by title and tags', async () => {
    await mountPanel(<KbPanel pack={pack} rowId={null} />);
    const input = host.querySelector<HTMLInputElement>('input[type="search"]')!;
    setInput(input, 'doublon');
    const found = [...host.querySelectorAll('[data-testid="kb-search-results"] a')].map((a) => a.textContent);
    expect(found[0]).toBe('Fusionner des personnes en doublon');
    setInput(input, 'zzzzqqq');
    expect(host.textContent).toContain('Aucun article trouvé pour « zzzzqqq »');
  });
});
