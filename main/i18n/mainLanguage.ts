import { languageFor } from '../core/shared/languages';
import { createMainText, type LanguageSetting, type MainText } from './mainText';

/**
 * The language the main process speaks now: the language setting, or the OS's languages when it
 * is "system". A change of the setting switches every listener at once (tray, window titles).
 * The OS's languages are read when the setting is applied; the OSes themselves apply a change
 * of display language at the next login, which is also Breakwise's next start.
 */
export class MainLanguage {
  private current: MainText;
  private readonly listeners = new Set<(text: MainText) => void>();

  constructor(
    private readonly systemLanguages: () => readonly string[],
    setting: LanguageSetting,
  ) {
    this.current = createMainText(languageFor(setting, systemLanguages()));
  }

  get text(): MainText {
    return this.current;
  }

  follow(setting: LanguageSetting): void {
    const locale = languageFor(setting, this.systemLanguages());
    if (locale === this.current.locale) return;
    this.current = createMainText(locale);
    this.listeners.forEach((listener) => listener(this.current));
  }

  onChange(listener: (text: MainText) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }
}
