// @vitest-environment happy-dom
// robustSelector: designates the pointed element alone, prefers stable attributes, never embeds record ids or state classes.
import { describe, expect, it } from 'vitest';
import { robustSelector } from '@/lib/crm/selector';
import { loadSnapshot, docFrom } from './snapshot';

const only = (doc: Document, sel: string) => Array.from(doc.querySelectorAll(sel));

describe('robustSelector', () => {
  it('takes a stable test attribute when the element has one', () => {
    const { doc } = docFrom('<div><h1 data-test-id="title">Objet</h1><p data-test-id="other">x</p></div>');
    expect(robustSelector(doc.querySelector('h1')!)).toBe('h1[data-test-id="title"]');
  });

  it('skips ids carrying record numbers and state classes; uses a stable class', () => {
    const { doc } = docFrom('<main><h1 id="ticket-31000001" class="is-active ticket-title-v2">Objet</h1><h2 class="sub">x</h2></main>');
    const sel = robustSelector(doc.querySelector('h1')!);
    expect(sel).toBe('h1.ticket-title-v2');
    expect(sel).not.toMatch(/\d{3}/);
  });

  it('anchors on a stable ancestor and positions among identical siblings', () => {
    const { doc } = docFrom('<section data-test-id="props"><div><span>a</span><span>b</span></div></section><section><div><span>a</span><span>b</span></div></section>');
    const target = doc.querySelectorAll('span')[1]!;
    const sel = robustSelector(target);
    expect(only(doc, sel)).toEqual([target]);
    expect(sel).toContain('[data-test-id="props"]');
  });

  it('falls back to a positional path from body when nothing is stable', () => {
    const { doc } = docFrom('<div><div><b>1</b></div><div><b>2</b></div></div>');
    const target = doc.querySelectorAll('b')[1]!;
    const sel = robustSelector(target);
    expect(only(doc, sel)).toEqual([target]);
  });

  it('on the redesigned HubSpot snapshot, finds the renamed title alone', () => {
    const { doc } = loadSnapshot('hubspot-broken.html', 'https://app.hubspot.com/help-desk/4242424/view/1700001/ticket/31000001?broken=1');
    const title = doc.querySelector('h1.ticket-title-v2')!;
    const sel = robustSelector(title);
    expect(only(doc, sel)).toEqual([title]);
  });
});
