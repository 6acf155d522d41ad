// errorText: the one French message for an error of a message or a write (invalid data, background out of reach, else the cause).
import { describe, expect, it } from 'vitest';
import { errorText, withTimeout } from '@/components/queries';

describe('errorText', () => {
  it('says « Données invalides » for a zod error (its message is a JSON list)', () => {
    expect(errorText(new Error('[{"code":"invalid_type"}]'))).toBe('Données invalides : vérifiez les champs.');
  });
  it('says in French that the service does not answer when the background is out of reach', () => {
    for (const m of ['Could not establish connection. Receiving end does not exist.', 'Extension context invalidated.', 'délai dépassé']) {
      expect(errorText(new Error(m))).toBe('le service d’Aiguilleur ne répond pas, rechargez la page');
    }
  });
  it('keeps a French cause as it is', () => {
    expect(errorText(new Error('Sollicitation introuvable.'))).toBe('Sollicitation introuvable.');
    expect(errorText('refusé')).toBe('refusé');
  });
  it('withTimeout rejects with « délai dépassé » when nobody answers', async () => {
    await expect(withTimeout(new Promise(() => {}), 5)).rejects.toThrow('délai dépassé');
    await expect(withTimeout(Promise.resolve(3), 50)).resolves.toBe(3);
  });
});
