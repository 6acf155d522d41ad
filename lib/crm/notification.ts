// Parses the DIHAL support-form notification e-mail (« Thématique de la demande: … Sous-Motif: … Description de la demande: … »).

export interface NotificationFields {
  thematique?: string;
  motif?: string;
  sousMotif?: string;
  description?: string;
}

const FIELDS: { key: keyof NotificationFields; re: RegExp }[] = [
  { key: 'thematique', re: /^th[ée]matique(?: de la demande)?\s*:\s*(.*)$/i },
  { key: 'sousMotif', re: /^sous[- ]?motif(?: de la demande)?\s*:\s*(.*)$/i },
  { key: 'motif', re: /^motif(?: de la demande)?\s*:\s*(.*)$/i },
  { key: 'description', re: /^description de (?:la|votre) demande(?: d'assistance)?\s*:\s*(.*)$/i },
];
const BLANK = /^(null|undefined|non renseign[ée]e?|-+|—)?$/i;
const END = /^(merci de prendre en charge|cet e-?mail a [ée]t[ée] g[ée]n[ée]r[ée])/i;

/** Fields of the notification e-mail found in `text`; empty values (« null », « Non renseigné ») are left out. */
export function parseNotification(text: string): NotificationFields {
  const out: NotificationFields = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    for (const { key, re } of FIELDS) {
      const m = re.exec(line);
      if (!m) continue;
      let value = m[1]!.trim();
      if (key === 'description') {
        // The description runs until the closing sentence of the e-mail.
        const rest: string[] = [value];
        for (let j = i + 1; j < lines.length && !END.test(lines[j]!.trim()); j++) rest.push(lines[j]!);
        value = rest.join('\n').trim();
      }
      if (!BLANK.test(value) && out[key] === undefined) out[key] = value;
      break;
    }
  }
  return out;
}
