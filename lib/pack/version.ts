// Pack versions (x.y.z): comparison, to refuse silent downgrades.

function parts(v: string): number[] {
  return v.split('.').map((p) => {
    const n = Number.parseInt(p, 10);
    return Number.isFinite(n) ? n : 0;
  });
}

/** −1 if a < b, 0 if equal, 1 if a > b (numeric per component: 2026.10.0 > 2026.9.3). */
export function comparePackVersions(a: string, b: string): -1 | 0 | 1 {
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

export function isDowngrade(current: string, incoming: string): boolean {
  return comparePackVersions(incoming, current) < 0;
}
