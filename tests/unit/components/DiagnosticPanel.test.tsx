// @vitest-environment happy-dom
// DiagnosticPanel: footer toggle, one row per field, « Montrer sur la page » only where nothing was found, copy without content.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { DiagnosticPanel, type DiagnosticActions } from '@/components/DiagnosticPanel';
import { mount, type Mounted } from './mount';
import { READ_FIELDS, type ReadReport } from '@/lib/crm/report';

let mounted: Mounted | undefined;
let host: HTMLElement;

const report: ReadReport = {
  host: 'app.hubspot.com',
  adapter: 'hubspot',
  fields: READ_FIELDS.map((field) =>
    field === 'subject' || field === 'requesterChoice'
      ? { field, found: false, length: 0, hook: null, learnt: false }
      : { field, found: true, length: field === 'editor' || field === 'sendButton' ? null : 12, hook: `[data-test-id="${field}"]`, learnt: false },
  ),
};

async function mountPanel(actions: DiagnosticActions) {
  mounted = await mount(<DiagnosticPanel actions={actions} ticket={null} adapterLabel="HubSpot" />);
  host = mounted.host;
}

afterEach(() => mounted?.unmount());

const q = (sel: string) => host.querySelector<HTMLElement>(sel);

describe('DiagnosticPanel', () => {
  it('reads the page only when opened, lists every field, offers teaching only for learnable missing fields', async () => {
    const actions = { diagnose: vi.fn(() => ({ report, version: '1.2.3' })), teach: vi.fn(async () => ({ ok: true, message: 'Objet appris' })), copyDiagnostic: vi.fn(async () => true) };
    await mountPanel(actions);
    expect(q('[data-testid="diagnostic"]')).toBeNull();
    expect(actions.diagnose).not.toHaveBeenCalled();
    act(() => q('[data-testid="diagnostic-toggle"]')!.click());
    expect(host.querySelectorAll('tbody tr')).toHaveLength(READ_FIELDS.length);
    expect(q('[data-testid="diag-subject"]')!.textContent).toContain('non trouvé');
    expect(q('[data-testid="diag-phone"]')!.textContent).toContain('12 caractères');
    expect(q('[data-testid="teach-subject"]')).not.toBeNull();
    // The requester's classification has three values: it cannot be pointed at.
    expect(q('[data-testid="teach-requesterChoice"]')).toBeNull();
    expect(q('[data-testid="teach-phone"]')).toBeNull();
    await act(async () => q('[data-testid="teach-subject"]')!.click());
    expect(actions.teach).toHaveBeenCalledWith('subject');
    expect(q('[data-testid="diagnostic-status"]')!.textContent).toBe('Objet appris');
    expect(actions.diagnose.mock.calls.length).toBeGreaterThan(1);
  });

  it('copies the formatted report', async () => {
    const actions = { diagnose: () => ({ report, version: '1.2.3' }), teach: vi.fn(), copyDiagnostic: vi.fn(async (_text: string) => true) };
    await mountPanel(actions);
    act(() => q('[data-testid="diagnostic-toggle"]')!.click());
    await act(async () => q('[data-testid="diagnostic-copy"]')!.click());
    const text = actions.copyDiagnostic.mock.calls[0]![0];
    expect(text).toContain('Version : 1.2.3');
    expect(text).toContain('Objet : non trouvé');
    expect(q('[data-testid="diagnostic-status"]')!.textContent).toContain('aucun texte du ticket');
  });
});
