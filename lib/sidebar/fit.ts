// Answer first: the réponse type's box is shortened (never below a few lines) so that it and its Insérer row end above the fold.

export interface FitInput {
  /** Top of the box, in the scroll container's content coordinates (as when scrolled to the top). */
  top: number;
  /** Height the box wants (its rows). */
  natural: number;
  /** Height of what must stay visible under the box (the Insérer row and its hints). */
  below: number;
  /** Visible height of the scroll container. */
  viewport: number;
  /** Smallest useful height. */
  min: number;
}

/** The box height that keeps box and Insérer row on screen without scrolling, within [min, natural]. */
export function fitHeight({ top, natural, below, viewport, min }: FitInput): number {
  const room = Math.floor(viewport - top - below);
  return Math.max(Math.min(min, natural), Math.min(natural, room));
}
