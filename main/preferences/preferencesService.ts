import { resolveSettings, type ResolvedSettings, type SettingsLayers } from '../core/preferences/layers';
import type { StorageNotice } from '../core/shared/storageNotice';
import { layersWithPlan, type Plan } from '../core/preferences/plans';
import { fieldsWithMinimums, SETTING_FIELDS } from '../core/preferences/settingFields';
import { flattenValues, nestValues } from '../core/preferences/settingPaths';
import { changeUserSetting } from '../core/preferences/userChange';
import type { Settings } from '../core/settings';
import type { SettingsView } from '../../preload/views';
import type { LivePolicy, PolicyLayers } from './livePolicy';
import type { PreferencesData } from './preferencesData';
import type { DocumentLike } from '../core/ports';

const LEAF_PATHS = new Set(SETTING_FIELDS.map((field) => field.path));

/**
 * The effective settings: the stored user layer over the organization's policy, resolved once
 * per change and served from memory. Every change goes through the core's checks; a refused
 * change is answered with its reason and writes nothing.
 */
export class PreferencesService {
  private resolved: ResolvedSettings;
  private notices: readonly StorageNotice[];
  private readonly listeners = new Set<(view: SettingsView, settings: Settings) => void>();
  private readonly stopPolicy: () => void;

  constructor(
    private readonly doc: DocumentLike<PreferencesData>,
    private readonly policy: LivePolicy,
    private readonly now: () => number,
    storageNotices: readonly StorageNotice[] = [],
    /** The OS's preferred languages (Electron's app.getPreferredSystemLanguages), for the windows to pick theirs as the tray does. */
    private readonly systemLanguages: () => readonly string[] = () => [],
  ) {
    this.notices = storageNotices;
    this.resolved = resolveSettings(this.layers());
    this.stopPolicy = policy.onChange(() => this.refresh());
  }

  get settings(): Settings {
    return this.resolved.settings;
  }

  get policyLayers(): PolicyLayers {
    return this.policy.current();
  }

  get resolution(): ResolvedSettings {
    return this.resolved;
  }

  view(): SettingsView {
    const { settings, sources, rejected } = this.resolved;
    return {
      values: settings,
      fields: fieldsWithMinimums(this.policy.current().admin.minimums),
      sources: Object.fromEntries(SETTING_FIELDS.map(({ path }) => [path, sources[path] ?? 'default'])),
      rejected: [...rejected],
      adminContact: this.policy.current().adminContact,
      policyProblems: [...this.policy.current().problems],
      firstRunDone: this.doc.get().firstRun !== null,
      systemLanguages: [...this.systemLanguages()],
      storageNotices: [...this.notices],
    };
  }

  set(path: string, value: unknown): SettingsView | string {
    return this.changeUser(path, value);
  }

  reset(path: string): SettingsView | string {
    return this.changeUser(path, undefined);
  }

  /** The welcome's answer: the plan (as the welcome previewed it, see `layersWithPlan`) and start at login. */
  completeFirstRun(plan: Plan, startAtLogin: boolean): SettingsView | string {
    this.store(layersWithPlan(this.layers(), plan, { startAtLogin }), { completedAtWallMs: this.now(), plan });
    return this.view();
  }

  /** The engine's pause as last saved (the app controller keeps it in step with the engine). */
  get pause(): PreferencesData['pause'] {
    return this.doc.get().pause;
  }

  savePause(pause: PreferencesData['pause']): void {
    this.doc.update((data) => ({ ...data, pause }), 'soon');
  }

  dismissNotice(): SettingsView {
    this.notices = [];
    this.emit();
    return this.view();
  }

  onChange(listener: (view: SettingsView, settings: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  dispose(): void {
    this.stopPolicy();
    this.listeners.clear();
  }

  private layers(): SettingsLayers {
    const policy = this.policy.current();
    const user = flattenValues(this.doc.get().settings, LEAF_PATHS).values;
    return { recommended: policy.recommended, user, enforced: policy.enforced, minimums: policy.admin.minimums };
  }

  private changeUser(path: string, value: unknown): SettingsView | string {
    const change = changeUserSetting(this.layers(), path, value);
    if (!change.ok) return `${path}: ${change.reason}`;
    this.store(change.layers, this.doc.get().firstRun);
    return this.view();
  }

  private store(layers: SettingsLayers, firstRun: PreferencesData['firstRun']): void {
    this.doc.update((data) => ({ ...data, settings: nestValues(layers.user), firstRun }), 'soon');
    this.refresh();
  }

  private refresh(): void {
    this.resolved = resolveSettings(this.layers());
    this.emit();
  }

  private emit(): void {
    const view = this.view();
    this.listeners.forEach((listener) => listener(view, this.resolved.settings));
  }
}
