// The French normalisation lexicon (SMS forms, fixed phrases, stop words, niveau cues) as validated data.
import { lexiconSchema, type Lexicon } from '../pack/lexicon-schema';
import defaultLexiconData from './lexicon.fr.json';

export type { Lexicon };

export const defaultLexicon: Lexicon = lexiconSchema.parse(defaultLexiconData);
