// @vitest-environment happy-dom
// Generic adapter: the selected text is the request; nothing selected means manual entry; the reply goes to the last focused editor.
import { describe, expect, it } from 'vitest';
import { genericAdapter, trackGenericPage } from '@/lib/crm/generic';
import { MISSING } from '@/lib/crm/build';
import { loadSnapshot, selectBetween as select } from './snapshot';

const PAGE = 'https://webmail.example.fr/inbox/42';


describe('genericAdapter', () => {
  it('matches any page', () => {
    expect(genericAdapter.matches(new URL(PAGE))).toBe(true);
  });

  it('without a selection: nothing read, the selection is named as missing', () => {
    const { doc, url } = loadSnapshot('generic-page.html', PAGE);
    const t = genericAdapter.read(doc, url);
    expect(t.firstMessage).toBe('');
    expect(t.missing).toContain(MISSING.selection);
    expect(t.missing).not.toContain(MISSING.id);
  });

  it('reads the selected text as the request, its first line as the subject, the e-mail in it', () => {
    const { doc, url } = loadSnapshot('generic-page.html', PAGE);
    select(doc, doc.getElementById('p1')!, doc.getElementById('p2')!);
    const t = genericAdapter.read(doc, url);
    expect(t.source).toBe('generic');
    expect(t.firstMessage).toContain("j'ai oublié mon mot de passe");
    expect(t.subject.startsWith('Bonjour')).toBe(true);
    expect(t.requester.email).toBe('jeanne.petit@asso.example.fr');
    expect(t.missing).not.toContain(MISSING.selection);
  });

  it('remembers the last selection and the last focused editor once tracking is on', () => {
    const { doc, url } = loadSnapshot('generic-page.html', PAGE);
    const stop = trackGenericPage(doc);
    select(doc, doc.getElementById('p1')!, doc.getElementById('p1')!);
    doc.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).Event('selectionchange'));
    const note = doc.getElementById('note')!;
    note.focus();
    note.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).FocusEvent('focusin', { bubbles: true }));
    doc.getSelection()!.removeAllRanges();
    (doc.activeElement as HTMLElement | null)?.blur();
    expect(genericAdapter.read(doc, url).firstMessage).toContain('mot de passe');
    expect(genericAdapter.findEditor(doc)?.id).toBe('note');
    stop();
  });

  it('findEditor falls back to the focused editable element', () => {
    const { doc } = loadSnapshot('generic-page.html', PAGE);
    expect(genericAdapter.findEditor(doc)).toBeNull();
    doc.getElementById('reply')!.focus();
    expect(genericAdapter.findEditor(doc)?.id).toBe('reply');
  });
});
