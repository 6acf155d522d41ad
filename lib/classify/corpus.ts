// Raw corpus files (`# brief`, then `## <rowId>` sections, one ticket per line, `\n` = line break) and leave-one-out folds.
import type { LabelledDoc } from './labelled';

export interface Corpus {
  /** Corpus name (author group or writer file). */
  name: string;
  brief: string;
  docs: LabelledDoc[];
}

/** Parses one raw corpus file; lines before the first `## rowId` (other than the brief) are ignored. */
export function parseRawCorpus(text: string, name: string): Corpus {
  let brief = '';
  let rowId = '';
  const docs: LabelledDoc[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const t = line.trim();
    if (!t) return;
    if (t.startsWith('## ')) rowId = t.slice(3).trim();
    else if (t.startsWith('# ')) {
      if (!brief) brief = t.slice(2).trim();
    } else if (rowId) docs.push({ id: `${name}:${i + 1}`, text: t.replace(/\\n/g, '\n'), rowId });
  });
  return { name, brief, docs };
}

export interface Fold {
  heldOut: Corpus;
  train: LabelledDoc[];
}

/** Leave-one-corpus-out folds: each corpus in turn is evaluated by a model trained on all the others. */
export function leaveOneOut(corpora: Corpus[]): Fold[] {
  return corpora.map((heldOut, k) => ({ heldOut, train: corpora.filter((_, j) => j !== k).flatMap((c) => c.docs) }));
}
