// The template language is part of the pack format (lib/pack/template-language.ts); this re-export keeps the renderer's import.
export * from '../pack/template-language';
