// #13 point 7, at 1366×768: every text of the Suivi charts is rendered at 12 CSS px or more and lies inside its chart.
import { test, expect } from '../fixtures';
import { SuiviPage } from './pages/SuiviPage';

const LAPTOP = { width: 1366, height: 768 };
const TH = 'ACCÈS ET AUTHENTIFICATION';
const MOTIF = 'Problème de connexion au SI SIAO';

function thisMonthDay(day: number): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

test.describe.configure({ timeout: 90_000 });

test('les graphiques du Suivi : texte d’au moins 12 px, rien de rogné', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.setViewportSize(LAPTOP);
  const suivi = await SuiviPage.open(context, extensionId, page);
  await suivi.clearAll();
  await suivi.addEntry({ date: thisMonthDay(1), duration: 5, structure: 'CHU Test', thematique: TH, motif: MOTIF, sousMotif: 'Réinitialisation mot de passe', status: 'Oui' });
  await suivi.addEntry({ date: thisMonthDay(2), duration: 12, structure: 'CHRS Test', thematique: TH, motif: MOTIF, sousMotif: 'Lien de connexion non reçu', status: 'Non' });

  const charts = page.getByTestId('charts');
  await expect(charts.locator('svg')).toHaveCount(3);
  // Bars are drawn: the data is on the charts.
  await expect(charts.locator('svg').nth(1).locator('rect')).not.toHaveCount(0);
  await charts.scrollIntoViewIfNeeded();

  const texts = await charts.locator('svg').evaluateAll((svgs) =>
    svgs.flatMap((svg, chart) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('text')].map((t) => {
        const r = t.getBoundingClientRect();
        return {
          chart,
          text: t.textContent ?? '',
          px: parseFloat(getComputedStyle(t).fontSize),
          // The size on screen: the font size in user units times the SVG's scale.
          renderedPx: parseFloat(getComputedStyle(t).fontSize) * ((svg as SVGSVGElement).getScreenCTM()?.a ?? 1),
          inside: r.width > 0 && r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5,
        };
      });
    }),
  );
  expect(texts.length).toBeGreaterThan(8);
  for (const t of texts) {
    expect(t.renderedPx, `« ${t.text} » (graphique ${t.chart + 1}) à ${t.renderedPx.toFixed(1)} px`).toBeGreaterThanOrEqual(12);
    expect(t.inside, `« ${t.text} » (graphique ${t.chart + 1}) dans le graphique`).toBe(true);
  }
  await charts.screenshot({ path: 'tests/e2e/screenshots/suivi-charts-1366x768.png' });
});
