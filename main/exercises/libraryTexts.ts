import ar from '../../assets/exercises/texts/ar.json';
import de from '../../assets/exercises/texts/de.json';
import en from '../../assets/exercises/texts/en.json';
import es from '../../assets/exercises/texts/es.json';
import fr from '../../assets/exercises/texts/fr.json';
import it from '../../assets/exercises/texts/it.json';
import ja from '../../assets/exercises/texts/ja.json';
import nl from '../../assets/exercises/texts/nl.json';
import pl from '../../assets/exercises/texts/pl.json';
import ptBR from '../../assets/exercises/texts/pt-BR.json';
import sv from '../../assets/exercises/texts/sv.json';
import zhCN from '../../assets/exercises/texts/zh-CN.json';
import type { ExerciseText } from '../core/exercises/exerciseSchema';
import type { Language } from '../core/shared/languages';

/**
 * The built-in exercise library's texts, one file per language (assets/exercises/texts), each
 * keyed by exercise id. The library's structure (timing, drawing, position) is in
 * assets/exercises/library.json; builtInLibrary joins the two and validates the result.
 */
export const LIBRARY_TEXTS: Readonly<Record<Language, Readonly<Record<string, ExerciseText>>>> = {
  en,
  de,
  fr,
  es,
  it,
  'pt-BR': ptBR,
  nl,
  pl,
  sv,
  ja,
  'zh-CN': zhCN,
  ar,
};
