// @vitest-environment happy-dom
// The CRM's own controls: send (not in comment mode, not disabled) and close are signals; the comment tab takes the note.
import { describe, expect, it } from 'vitest';
import { commentActive, controlSignal, switchToComment, type CrmControls } from '@/lib/crm/controls';

const controls: CrmControls = {
  send: ['[data-test-id="send"]'],
  close: ['[data-test-id="close"]'],
  commentTab: ['[data-test-id="tab-comment"]'],
  commentActive: ['[data-mode="comment"]'],
};

function composer(mode = 'email'): Document {
  document.body.innerHTML = `<div class="composer" data-mode="${mode}">
    <button data-test-id="tab-comment">Commentaire</button>
    <button data-test-id="send"><span>Envoyer</span></button>
  </div><button data-test-id="close">Fermer le ticket</button><button id="other">Autre</button>`;
  return document;
}

describe('controlSignal', () => {
  it('reads a click on the send button (or inside it) as an answer', () => {
    const doc = composer();
    expect(controlSignal(doc.querySelector('[data-test-id="send"] span'), controls)).toBe('sent');
  });
  it('reads the close control as closed, and anything else as nothing', () => {
    const doc = composer();
    expect(controlSignal(doc.querySelector('[data-test-id="close"]'), controls)).toBe('closed');
    expect(controlSignal(doc.getElementById('other'), controls)).toBeNull();
    expect(controlSignal(null, controls)).toBeNull();
    expect(controlSignal(doc.getElementById('other'), undefined)).toBeNull();
  });
  it('ignores a disabled send button and a send in comment mode', () => {
    const doc = composer();
    doc.querySelector<HTMLButtonElement>('[data-test-id="send"]')!.disabled = true;
    expect(controlSignal(doc.querySelector('[data-test-id="send"]'), controls)).toBeNull();
    const comment = composer('comment');
    expect(controlSignal(comment.querySelector('[data-test-id="send"]'), controls)).toBeNull();
  });
  it('skips an invalid selector instead of throwing', () => {
    const doc = composer();
    expect(controlSignal(doc.querySelector('[data-test-id="send"]'), { send: ['[[', '[data-test-id="send"]'] })).toBe('sent');
  });
});

describe('switchToComment', () => {
  it('clicks the comment tab and resolves once the composer is in comment mode', async () => {
    const doc = composer();
    doc.querySelector('[data-test-id="tab-comment"]')!.addEventListener('click', () => {
      setTimeout(() => doc.querySelector<HTMLElement>('.composer')!.setAttribute('data-mode', 'comment'), 50);
    });
    expect(commentActive(doc, controls)).toBe(false);
    await expect(switchToComment(doc, controls)).resolves.toBe(true);
    expect(commentActive(doc, controls)).toBe(true);
  });
  it('refuses when the CRM has no comment tab or the tab does not switch', async () => {
    const doc = composer();
    await expect(switchToComment(doc, { send: controls.send })).resolves.toBe(false);
    await expect(switchToComment(doc, controls, 100)).resolves.toBe(false);
  });
});
