// Support-form notification e-mail parsing (the seed's « Transfert d'informations du ticket » e-mail).
import { describe, expect, it } from 'vitest';
import { parseNotification } from '@/lib/crm/notification';

describe('parseNotification', () => {
  it('reads the fields and the multi-line description up to the closing sentence', () => {
    const out = parseNotification(
      "Transfert d'informations du ticket\nThématique de la demande: RGPD\nMotif: Intervention\nSous-Motif: Intervention sur les données d'un dossier ménage\nDescription de la demande: ligne 1\nligne 2\nMerci de prendre en charge ce ticket dans les meilleurs délais.",
    );
    expect(out).toEqual({
      thematique: 'RGPD',
      motif: 'Intervention',
      sousMotif: "Intervention sur les données d'un dossier ménage",
      description: 'ligne 1\nligne 2',
    });
  });

  it('leaves out empty values as the form sends them (null, Non renseigné)', () => {
    expect(parseNotification('Thémauque\nThématique de la demande: null\nSous-Motif: null\nDescription de la demande: Non renseigné')).toEqual({});
  });

  it('finds nothing in an ordinary message', () => {
    expect(parseNotification('Bonjour, le motif de ma demande : je ne peux pas me connecter.')).toEqual({});
  });
});
