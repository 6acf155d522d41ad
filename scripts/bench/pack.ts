// Benchmark of the data pack and templates: validation of the bundled pack, rendering a réponse type, KB search.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validatePack } from '../../lib/pack/validate';
import { renderTemplate } from '../../lib/templates/render';
import { searchKb, templatesForRow, kbEntriesForRow } from '../../lib/templates/catalogue';
import { buildTemplateContext } from '../../lib/templates/context';
import { figure, median, percentile, timeRuns } from './_format';

const PACK = resolve(fileURLToPath(new URL('../..', import.meta.url)), 'assets/packs/sisiao.fr.json');

export default async function bench(): Promise<boolean> {
  const text = readFileSync(PACK, 'utf8');
  const raw = JSON.parse(text) as unknown;
  const v = validatePack(raw);
  if (!v.ok) throw new Error('pack intégré invalide');
  const pack = v.pack;
  let ok = true;
  console.log(`  pack ${pack.id} ${pack.version} : ${(text.length / 1024).toFixed(0)} Kio, ${pack.templates.length} modèles, ${pack.kb.entries.length} articles`);

  const validation = timeRuns(30, () => validatePack(JSON.parse(text)));
  ok = figure('validation complète du pack (médiane)', median(validation), 'ms', 100) && ok;

  const ctx = buildTemplateContext({
    ticket: { id: '123', url: 'https://app.hubspot.com/x', requester: { name: 'Julie Martin', email: '' } },
    profil: { prenom: 'Paul', nom: 'Durand', signature: '', siao: 'SIAO 75' },
    kbBaseUrl: pack.kb.baseUrl,
  });
  const rows = pack.nomenclature.map((r) => r.id);
  const render = timeRuns(2000, (i) => {
    const rowId = rows[i % rows.length]!;
    const tpl = templatesForRow(pack, [], rowId)[0]!;
    const kb = kbEntriesForRow(pack, rowId)[0];
    renderTemplate(tpl, { ...ctx, kb: { lien: kb?.url ?? '' } }, { 'Nom de la structure': 'CHU' });
  });
  ok = figure('choix + rendu d’une réponse type (p95)', percentile(render, 95), 'ms', 5) && ok;

  searchKb(pack, 'index');
  const queries = ['mot de passe', 'doublon', 'extraction', 'ephemere', 'connexion', 'prestation maraude', '115', 'groupe de places'];
  const search = timeRuns(400, (i) => searchKb(pack, queries[i % queries.length]!));
  ok = figure('recherche dans la base de connaissances (médiane)', median(search), 'ms', 10) && ok;
  figure('recherche dans la base de connaissances (p95)', percentile(search, 95), 'ms');
  return ok;
}
