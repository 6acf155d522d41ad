// Badge « Niveau 1 local » / « Niveau 2 national ».
import type { Niveau } from '@/lib/pack/schema';

export function niveauLabel(niveau: Niveau): string {
  return niveau === 1 ? 'Niveau 1 · local' : 'Niveau 2 · national';
}

export function NiveauBadge({ niveau }: { niveau: Niveau }) {
  return (
    <span className={`ag-badge ag-badge--n${niveau}`}>
      {niveauLabel(niveau)}
    </span>
  );
}
