// @vitest-environment happy-dom
// Unit tests of fillSupportForm on plain-DOM stand-ins of both HubSpot generations (the React fixtures are covered end to end).
import { beforeEach, describe, expect, it } from 'vitest';
import { fillSupportForm } from '@/lib/escalation/fill';
import type { EscalationDraft } from '@/lib/escalation/schema';

const draft: EscalationDraft = {
  prenom: 'Anne',
  nom: 'Martin',
  email: 'anne.martin@siao75.fr',
  profil: 'Référent SI SIAO',
  departement: '75',
  thematique: 'ACCÈS ET AUTHENTIFICATION',
  motif: 'Problème de connexion au SI SIAO',
  sousMotif: 'Accès au compte',
  description: 'Description pour le national',
  consentRetourEmail: true,
  consentCommunications: false,
};

const FAST = { timeoutMs: 3000, settleMs: 400 };

function field(name: string, label: string, control: string): string {
  return `<div class="hs_${name} hs-form-field"><label for="${name}-1"><span>${label}</span><span class="hs-form-required">*</span></label><div class="input">${control}</div></div>`;
}
function select(name: string, options: string[]): string {
  return `<select id="${name}-1" name="${name}" class="hs-input"><option value="" disabled selected>Veuillez sélectionner</option>${options
    .map((o, i) => `<option value="v${i}">${o}</option>`)
    .join('')}</select>`;
}

function legacyForm(): void {
  document.body.innerHTML = `<form class="hs-form">
    ${field('firstname', 'Prénom', '<input id="firstname-1" name="firstname" class="hs-input">')}
    ${field('lastname', 'Nom', '<input id="lastname-1" name="lastname" class="hs-input">')}
    ${field('email', 'E-mail', '<input id="email-1" name="email" class="hs-input" type="email">')}
    ${field('p_x', 'Quel est votre profil ?', select('p_x', ['Administrateur départemental', 'Référent SI SIAO']))}
    ${field('d_x', 'Quel est votre département ?', select('d_x', ['975 - Saint-Pierre-et-Miquelon', '75 - Paris']))}
    ${field('TICKET.content', "Description de votre demande d'assistance", '<textarea id="TICKET.content-1" name="TICKET.content" class="hs-input"></textarea>')}
    ${field('t_x', 'Sélectionnez la thématique de votre sollicitation', select('t_x', ['Lenteur de l’outil', 'Accès et authentification']))}
    <div id="dep"></div>
    <div class="legal-consent-container">
      <label><input type="checkbox" id="c1" name="LEGAL_CONSENT.subscription_type_1"><span>J’accepte de recevoir les autres communications de l’équipe SI SIAO</span></label>
      <label><input type="checkbox" id="c2" name="LEGAL_CONSENT.processing"><span>J'accepte de recevoir un retour par e-mail suite à ma demande d'assistance.</span></label>
    </div>
    <input type="submit" value="Soumettre">
  </form>`;
  let submitted = false;
  document.querySelector('form')!.addEventListener('submit', () => (submitted = true));
  (window as unknown as { submitted: () => boolean }).submitted = () => submitted;
  // Dependent fields appear after their parent changes, a little later.
  document.getElementById('t_x-1')!.addEventListener('change', () => {
    setTimeout(() => {
      document.getElementById('dep')!.innerHTML = `<div class="hs-dependent-field">${field(
        'm_x',
        'Sélectionnez votre motif lié à l’accès et authentification',
        select('m_x', ['Création de compte', 'Problème de connexion au SI SIAO']),
      )}<div id="dep2"></div></div>`;
      document.getElementById('m_x-1')!.addEventListener('change', () => {
        setTimeout(() => {
          document.getElementById('dep2')!.innerHTML = field(
            's_x',
            'Sélectionnez votre sous-motif lié à votre problème de connexion',
            select('s_x', ['Lien de connexion non reçu', 'Accès au compte']),
          );
        }, 100);
      });
    }, 100);
  });
}

const value = (sel: string) => (document.querySelector(sel) as HTMLInputElement).value;
const selectedText = (sel: string) => {
  const s = document.querySelector(sel) as HTMLSelectElement;
  return s.selectedOptions[0]?.textContent ?? '';
};

describe('fillSupportForm on a legacy form', { timeout: 20_000 }, () => {
  beforeEach(legacyForm);

  it('fills every field, waits for dependent selects, never submits', async () => {
    const report = await fillSupportForm(document, draft, FAST);
    expect(report.missing).toEqual([]);
    expect(value('[name=firstname]')).toBe('Anne');
    expect(value('[name=lastname]')).toBe('Martin');
    expect(value('[name=email]')).toBe('anne.martin@siao75.fr');
    expect(selectedText('[name=p_x]')).toBe('Référent SI SIAO');
    expect(selectedText('[name=d_x]')).toBe('75 - Paris');
    expect(value('[name="TICKET.content"]')).toBe('Description pour le national');
    expect(selectedText('[name=t_x]')).toBe('Accès et authentification');
    expect(selectedText('[name=m_x]')).toBe('Problème de connexion au SI SIAO');
    expect(selectedText('[name=s_x]')).toBe('Accès au compte');
    expect((document.getElementById('c2') as HTMLInputElement).checked).toBe(true);
    expect((document.getElementById('c1') as HTMLInputElement).checked).toBe(false);
    expect(report.filled).toContain('Sélectionnez votre sous-motif');
    expect((window as unknown as { submitted: () => boolean }).submitted()).toBe(false);
    expect((document.querySelector('[name=firstname]') as HTMLElement).getAttribute('data-aiguilleur')).toBe('filled');
  });

  it('fires the events a framework listens to', async () => {
    const seen: string[] = [];
    const input = document.querySelector('[name=firstname]')!;
    for (const t of ['input', 'change', 'blur', 'focusout']) input.addEventListener(t, () => seen.push(t));
    await fillSupportForm(document, draft, FAST);
    expect(seen).toContain('input');
    expect(seen).toContain('change');
    expect(seen.some((t) => t === 'blur' || t === 'focusout')).toBe(true);
  });

  it('reports in French what it could not fill', async () => {
    const report = await fillSupportForm(document, { ...draft, departement: '2A', sousMotif: 'Inexistant' }, FAST);
    expect(report.missing).toEqual(['Quel est votre département ?', 'Sélectionnez votre sous-motif']);
    expect(report.details[0]).toMatch(/aucune option ne correspond à « 2A »/);
    expect((document.querySelector('[name=d_x]') as HTMLElement).getAttribute('data-aiguilleur')).toBe('missing');
  });

  it('reports a value the page refuses', async () => {
    // A framework that reverts the value on each input event.
    const input = document.querySelector('[name=lastname]') as HTMLInputElement;
    input.addEventListener('input', () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, '');
    });
    const report = await fillSupportForm(document, draft, FAST);
    expect(report.missing).toEqual(['Nom']);
    expect(report.filled).toContain('Prénom');
  });
});

function v4Form(): void {
  const dropdown = (name: string, label: string, options: string[]) => `
    <div class="hsfc-DropdownField" data-name="${name}">
      <label class="hsfc-FieldLabel" for="${name}-in"><span>${label}</span></label>
      <div class="hsfc-DropdownInput"><input id="${name}-in" role="combobox" readonly class="hsfc-TextInput"></div>
      <input type="hidden" name="0-5/${name}">
      <template>${options.map((o) => `<li role="option">${o}</li>`).join('')}</template>
    </div>`;
  document.body.innerHTML = `<form class="hsfc-Form">
    <div class="hsfc-Step" id="s1">
      <div class="hsfc-TextField"><label class="hsfc-FieldLabel" for="f1"><span>Prénom</span></label><input id="f1" name="0-1/firstname"></div>
      <div class="hsfc-TextField"><label class="hsfc-FieldLabel" for="f2"><span>Nom</span></label><input id="f2" name="0-1/lastname"></div>
      <div class="hsfc-TextField"><label class="hsfc-FieldLabel" for="f3"><span>E-mail</span></label><input id="f3" name="0-1/email"></div>
      ${dropdown('profil', 'Quel est votre profil ?', ['Référent SI SIAO', 'Autre'])}
      ${dropdown('dep', 'Quel est votre département ?', ['75 - Paris'])}
      <div class="hsfc-TextareaField"><label class="hsfc-FieldLabel" for="f4"><span>Description de votre demande d’assistance</span></label><textarea id="f4" name="0-5/content"></textarea></div>
      <label><input type="checkbox" id="c2"><span>J’accepte de recevoir un retour par e-mail suite à ma demande d’assistance</span></label>
      <div class="hsfc-NavigationRow"><button type="button" id="next">Suivant</button></div>
    </div>
    <div class="hsfc-Step" id="s2" hidden>
      ${dropdown('th', 'Sélectionnez la thématique de votre sollicitation', ['Accès et authentification'])}
      ${dropdown('mo', 'Sélectionnez votre motif lié à l’accès', ['Problème de connexion au SI SIAO'])}
      ${dropdown('so', 'Sélectionnez votre sous-motif lié à votre problème', ['Accès au compte'])}
      <div class="hsfc-NavigationRow"><button type="button">Précédent</button><button type="submit" id="submit">Soumettre</button></div>
    </div>
  </form>`;
  for (const dd of Array.from(document.querySelectorAll('.hsfc-DropdownField'))) {
    const trigger = dd.querySelector('[role=combobox]') as HTMLInputElement;
    const hidden = dd.querySelector('input[type=hidden]') as HTMLInputElement;
    trigger.addEventListener('click', () => {
      let list = dd.querySelector('ul');
      if (list) return list.remove();
      list = document.createElement('ul');
      list.setAttribute('role', 'listbox');
      list.innerHTML = dd.querySelector('template')!.innerHTML;
      for (const li of Array.from(list.querySelectorAll('li'))) {
        li.addEventListener('click', () => {
          trigger.value = li.textContent ?? '';
          hidden.value = li.textContent ?? '';
          list!.remove();
        });
      }
      dd.querySelector('.hsfc-DropdownInput')!.append(list);
    });
  }
  document.getElementById('next')!.addEventListener('click', () => {
    const ok = (document.getElementById('f1') as HTMLInputElement).value !== '';
    if (!ok) return;
    document.getElementById('s1')!.hidden = true;
    document.getElementById('s2')!.hidden = false;
  });
  document.getElementById('submit')!.addEventListener('click', (e) => {
    e.preventDefault();
    document.body.dataset.submitted = 'yes';
  });
}

describe('fillSupportForm on a multi-step form', { timeout: 20_000 }, () => {
  beforeEach(v4Form);

  it('fills step 1, clicks Suivant, fills step 2 with custom dropdowns, never clicks Soumettre', async () => {
    const report = await fillSupportForm(document, draft, { ...FAST, timeoutMs: 6000 });
    expect(report.missing).toEqual([]);
    expect(value('[name="0-1/firstname"]')).toBe('Anne');
    expect(value('[name="0-5/profil"]')).toBe('Référent SI SIAO');
    expect(value('[name="0-5/dep"]')).toBe('75 - Paris');
    expect(value('[name="0-5/th"]')).toBe('Accès et authentification');
    expect(value('[name="0-5/mo"]')).toBe('Problème de connexion au SI SIAO');
    expect(value('[name="0-5/so"]')).toBe('Accès au compte');
    expect((document.getElementById('c2') as HTMLInputElement).checked).toBe(true);
    expect(document.getElementById('s2')!.hidden).toBe(false);
    expect(document.body.dataset.submitted).toBeUndefined();
  });
});

describe('fillSupportForm on other field shapes', { timeout: 20_000 }, () => {
  it('answers a radio group and a dropdown whose list is rendered in a portal', async () => {
    document.body.innerHTML = `<form class="hs-form">
      <div class="hs-form-field"><label><span>Quel est votre profil ?</span></label>
        <ul class="inputs-list"><li><label><input type="radio" name="pr" value="a"><span>Administrateur départemental</span></label></li>
        <li><label><input type="radio" name="pr" value="b"><span>Référent SI SIAO</span></label></li></ul></div>
      <div class="hsfc-DropdownField"><label class="hsfc-FieldLabel" for="dep"><span>Quel est votre département ?</span></label>
        <input id="dep" role="combobox" readonly><input type="hidden" name="0-1/dep"></div>
    </form>`;
    const trigger = document.getElementById('dep') as HTMLInputElement;
    trigger.addEventListener('click', () => {
      const list = document.createElement('ul');
      list.setAttribute('role', 'listbox');
      list.innerHTML = '<li role="option">974 - La Réunion</li><li role="option">75 - Paris</li>';
      for (const li of Array.from(list.children)) {
        li.addEventListener('click', () => {
          trigger.value = li.textContent ?? '';
          list.remove();
        });
      }
      document.body.append(list);
    });
    const report = await fillSupportForm(document, draft, { timeoutMs: 1500, settleMs: 300 });
    expect(report.filled).toEqual(expect.arrayContaining(['Quel est votre profil ?', 'Quel est votre département ?']));
    expect((document.querySelector('input[value=b]') as HTMLInputElement).checked).toBe(true);
    expect(trigger.value).toBe('75 - Paris');
    expect(report.missing).toContain('Prénom');
  });
});
