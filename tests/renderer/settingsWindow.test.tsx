// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { NO_POLICY, type PolicyLayers } from '../../main/core/policy/policyLayers';
import { memoryPolicy } from '../../main/preferences/livePolicy';
import { EMPTY_PREFERENCES, type PreferencesData } from '../../main/preferences/preferencesData';
import { memoryDocument } from '../../main/store/memoryDocument';
import { PreferencesService } from '../../main/preferences/preferencesService';
import { App } from '../../renderer/src/App';
import { LANGUAGE_NAMES, LANGUAGES, optionLanguage } from '../../main/core/shared/languages';
import { createI18n, type UiLocale } from '../../renderer/src/i18n/i18n';
import settingsJa from '../../renderer/src/i18n/locales/settings.ja.json';
import { labelKey, optionKey } from '../../renderer/src/settings/fieldText';
import { SETTINGS_SECTIONS } from '../../renderer/src/settings/layout';
import type { StorageNotice } from '../../main/core/shared/storageNotice';
import { createTestBridge } from './testBridge';

const CONTACT = { name: 'IT Service Desk', url: 'https://help.example.com/breakwise', email: 'it@example.com' };

function service(options: { policy?: Partial<PolicyLayers>; stored?: PreferencesData['settings']; storageNotices?: StorageNotice[]; systemLanguages?: string[] } = {}) {
  const systemLanguages = options.systemLanguages ?? [];
  return new PreferencesService(memoryDocument({ ...EMPTY_PREFERENCES, settings: options.stored ?? {} }), memoryPolicy({ ...NO_POLICY, ...options.policy }), () => 0, options.storageNotices ?? [], () => systemLanguages);
}

async function show(preferences = service(), locale: UiLocale = 'en') {
  const bridge = createTestBridge({ mode: 'idle' }, preferences);
  const view = render(
    <I18nextProvider i18n={await createI18n(locale)}>
      <App bridge={bridge} route="#settings" />
    </I18nextProvider>,
  );
  // Generous: the machine may be busy building or running Chromium for other test files.
  const i18n = await createI18n(locale);
  await screen.findByRole('heading', { level: 2, name: i18n.t('settings.sections.breaks') }, { timeout: 10_000 });
  // jsdom loads no CSS: checking pointer-events up every ancestor of a long page on each click only slows it down.
  return { bridge, settings: () => preferences.settings, unmount: view.unmount, user: userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never }) };
}

const number = (name: string) => screen.getByRole('spinbutton', { name });

/** Shows a section by its entry in the window's list of sections. */
const go = async (user: ReturnType<typeof userEvent.setup>, name: string) => {
  await user.click(within(screen.getByRole('navigation')).getByRole('button', { name }));
};

describe('the settings window', () => {
  afterEach(cleanup);

  it('shows one section at a time, chosen in a list of sections marked with aria-current', async () => {
    const { user } = await show();
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Breakwise settings']);
    const nav = screen.getByRole('navigation', { name: 'Settings sections' });
    expect(within(nav).getAllByRole('button').map((b) => b.textContent)).toEqual(['Breaks', 'Working hours', 'Exercises', 'Goal and streak', 'Meetings', 'Sound and appearance', 'Start at login', 'Advanced']);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Breaks']);
    expect(within(nav).getByRole('button', { name: 'Breaks' })).toHaveAttribute('aria-current', 'page');
    await go(user, 'Sound and appearance');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Sound and appearance']);
    expect(within(nav).getByRole('button', { name: 'Sound and appearance' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('button', { name: 'Breaks' })).not.toHaveAttribute('aria-current');
    expect(screen.queryByRole('spinbutton', { name: 'Sitting time between posture resets' })).toBeNull();
    // The arrow keys move along the list and show the section they land on.
    await user.keyboard('{ArrowDown}');
    expect(within(nav).getByRole('button', { name: 'Start at login' })).toHaveFocus();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Start at login');
  });

  it.each(LANGUAGES)('gives every setting the main process reports a place, and a label and options in %s (languages by their own names)', async (locale) => {
    const fields = service().view().fields;
    const placed = SETTINGS_SECTIONS.flatMap((s) => s.groups.flatMap((g) => g.paths));
    expect([...placed].sort()).toEqual(fields.map((f) => f.path).sort());
    const i18n = await createI18n(locale);
    const options = fields.flatMap((f) => (f.control.type === 'choice' || f.control.type === 'choices' ? f.control.options.filter((o) => optionLanguage(f.path, o) === undefined).map((o) => optionKey(f.path, o)) : []));
    const keys = [...fields.map((f) => labelKey(f.path)), ...options];
    // Every key exists in the language itself, not only through the English fallback.
    expect(keys.filter((key) => !i18n.exists(key, { lng: locale, fallbackLng: false }))).toEqual([]);
  });

  it('offers every language by its own name, each marked with its language for screen readers, in a list', async () => {
    const { user } = await show(service(), 'ja');
    await go(user, settingsJa.sections.soundAndLook);
    const list = screen.getByRole('combobox', { name: settingsJa.fields.appearance.language });
    const offered = [...list.querySelectorAll('option')].map((option) => [option.value, option.textContent, option.getAttribute('lang')]);
    expect(offered).toEqual([['system', expect.any(String), null], ...LANGUAGES.map((language) => [language, LANGUAGE_NAMES[language], language])]);
    await user.selectOptions(list, 'ar');
    expect(await screen.findByRole('heading', { level: 1, name: /Breakwise/ })).toHaveTextContent(/[\u0600-\u06FF]/);
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
  });

  it('applies a change at once, without a Save button', async () => {
    const { user, settings } = await show();
    expect(screen.queryByRole('button', { name: /save/i })).toBeNull();
    await go(user, 'Sound and appearance');
    await user.click(screen.getByRole('checkbox', { name: 'Soft chime during breaks' }));
    expect(settings().sound.chime).toBe(true);
    await user.click(screen.getByRole('radio', { name: 'The primary display only' }));
    expect(settings().breakDisplays).toBe('primary');
    await go(user, 'Exercises');
    await user.click(screen.getByRole('checkbox', { name: 'On the floor (lying down)' }));
    expect(settings().exercises.positions).toEqual(['seated', 'standing', 'walking', 'floor']);
    expect(screen.getByRole('checkbox', { name: 'On the floor (lying down)' })).toBeChecked();
  });

  it('commits a number when the person is done typing it, not on every keystroke', async () => {
    const { user, bridge, settings } = await show();
    const field = number('Sitting time between posture resets');
    await user.clear(field);
    await user.type(field, '45');
    expect(settings().microBreak.everyMinutes).toBe(20);
    await user.tab();
    expect(settings().microBreak.everyMinutes).toBe(45);
    expect(bridge.preferences.view().sources['microBreak.everyMinutes']).toBe('user');
    expect(field).toHaveValue(45);
  });

  it("shows each number's limits and unit from the schema", async () => {
    await show();
    const described = (name: string) => document.getElementById(number(name).getAttribute('aria-describedby') ?? '')?.textContent;
    expect(described('Sitting time between posture resets')).toBe('2–480 minutes');
    expect(described('Length of a posture reset')).toBe('10–3,600 seconds');
    expect(described('Length of a movement routine')).toBe('1–60 minutes');
    expect(described('Snoozes allowed per break')).toBe('0–10 snoozes');
    expect(number('Snooze length')).toHaveAttribute('max', '60');
  });

  it('shows a movement routine\'s length in minutes, and stores it in seconds', async () => {
    const { user, settings } = await show();
    const field = number('Length of a movement routine');
    expect(field).toHaveValue(3);
    expect(field).toHaveAttribute('max', '60');
    await user.clear(field);
    await user.type(field, '4{Enter}');
    expect(settings().routineBreak.durationSeconds).toBe(240);
    expect(field).toHaveValue(4);
  });

  it('refuses an out-of-range value with its reason beside the field, and the value in effect stays', async () => {
    const { user, settings } = await show();
    const field = number('Snooze length');
    await user.clear(field);
    await user.type(field, '500{Enter}');
    const message = await screen.findByText('Not changed. Choose a number from 1 to 60.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field.getAttribute('aria-describedby')?.split(' ')).toContain(message.id);
    expect(field).toHaveValue(500);
    expect(settings().snooze.minutes).toBe(5);
    await user.clear(field);
    await user.type(field, '10{Enter}');
    expect(settings().snooze.minutes).toBe(10);
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(/^Not changed/)).toBeNull();
  });

  it('refuses a value that breaks a rule between settings, with the rule', async () => {
    const { user, settings } = await show();
    const field = number('Notice before each break');
    await user.clear(field);
    await user.type(field, '300{Enter}');
    expect(await screen.findByText('Not changed. The notice must be shorter than the time between breaks and shorter than the snooze length.')).toBeInTheDocument();
    expect(settings().noticeSeconds).toBe(30);
  });

  it('locks a managed setting, says so, and says whom to ask', async () => {
    await show(service({ policy: { enforced: { strict: true }, adminContact: CONTACT } }));
    const strict = screen.getByRole('checkbox', { name: 'Strict mode: breaks cannot be snoozed or skipped' });
    expect(strict).toBeDisabled();
    expect(strict).toBeChecked();
    const note = document.getElementById(strict.getAttribute('aria-describedby') ?? '');
    expect(note).toHaveTextContent('Managed by your organization');
    expect(note).toHaveTextContent('Ask \u2068IT Service Desk\u2069:');
    expect(within(note as HTMLElement).getByRole('link', { name: CONTACT.url })).toHaveAttribute('href', CONTACT.url);
    expect(within(note as HTMLElement).getByRole('link', { name: CONTACT.email })).toHaveAttribute('href', `mailto:${CONTACT.email}`);
  });

  it('with strict mode on, shows skipping and snoozing as overridden by it, and they cannot be changed', async () => {
    await show(service({ policy: { enforced: { strict: true } } }));
    const skip = screen.getByRole('checkbox', { name: 'Allow skipping a break' });
    expect(skip).toBeDisabled();
    expect(skip).not.toBeChecked();
    expect(skip).toHaveAccessibleDescription('Strict mode is on: breaks cannot be snoozed or skipped.');
    for (const name of ['Snooze length', 'Snoozes allowed per break']) {
      expect(number(name)).toBeDisabled();
      expect(number(name)).toHaveAccessibleDescription(/Strict mode is on/);
    }
  });

  it('leaves skipping and snoozing editable while strict mode is off', async () => {
    await show();
    expect(screen.getByRole('checkbox', { name: 'Allow skipping a break' })).toBeEnabled();
    expect(number('Snooze length')).toBeEnabled();
    expect(screen.queryByText(/Strict mode is on/)).toBeNull();
  });

  it("says which value the organization recommends, and goes back to it after the person's own choice", async () => {
    const { user, settings } = await show(service({ policy: { recommended: { 'snooze.minutes': 10 } } }));
    const field = number('Snooze length');
    expect(field).toHaveValue(10);
    expect(document.getElementById(field.getAttribute('aria-describedby')?.split(' ')[1] ?? '')).toHaveTextContent('Recommended by your organization');
    await user.clear(field);
    await user.type(field, '15{Enter}');
    expect(settings().snooze.minutes).toBe(15);
    await user.click(screen.getByRole('button', { name: 'Reset Snooze length' }));
    expect(settings().snooze.minutes).toBe(10);
    expect(field).toHaveValue(10);
    expect(screen.queryByRole('button', { name: 'Reset Snooze length' })).toBeNull();
    expect(field).toHaveFocus();
  });

  it('shows the storage notice once, until it is dismissed', async () => {
    const preferences = service({ storageNotices: [{ file: '/data/preferences.json', backup: '/data/preferences.corrupt-1.json', outcome: 'partDefault' }] });
    const first = await show(preferences);
    expect(screen.getByRole('alert')).toHaveTextContent('Part of \u2068/data/preferences.json\u2069 could not be read; defaults are used for that part. The original is kept as \u2068/data/preferences.corrupt-1.json\u2069.');
    await first.user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(preferences.view().storageNotices).toEqual([]);
    first.unmount();
    await show(preferences);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('words each file’s notice in the window’s language, one sentence per file', async () => {
    const notices: StorageNotice[] = [
      { file: '/data/preferences.json', backup: null, outcome: 'untouched' },
      { file: '/data/history.json', backup: '/data/history.corrupt-1.json', outcome: 'newerKept' },
    ];
    await show(service({ storageNotices: notices }), 'de');
    const paragraphs = screen.getAllByRole('alert')[0]?.querySelectorAll('p') ?? [];
    expect([...paragraphs].map((p) => p.textContent)).toEqual([
      expect.stringContaining('/data/preferences.json'),
      expect.stringContaining('/data/history.corrupt-1.json'),
    ]);
    expect(screen.getByRole('alert')).not.toHaveTextContent(/could not|was saved|kept as/);
  });

  it('leaves out exercises by title, and brings them all back with "Reset exclusions"', async () => {
    const { user, settings } = await show(service({ stored: { exercises: { excluded: ['walk-tall'] } } }));
    await go(user, 'Exercises');
    const group = screen.getByRole('group', { name: 'Exercises to leave out' });
    expect(within(group).getByText('1 exercise left out.')).toBeInTheDocument();
    expect(within(group).getByRole('checkbox', { name: 'Walk tall' })).toBeChecked();
    await user.click(within(group).getByRole('checkbox', { name: 'Seated chin tuck' }));
    expect(settings().exercises.excluded).toEqual(['seated-chin-tuck', 'walk-tall']);
    expect(within(group).getByText('2 exercises left out.')).toBeInTheDocument();
    await user.click(within(group).getByRole('button', { name: 'Reset exclusions' }));
    expect(settings().exercises.excluded).toEqual([]);
    expect(within(group).getByRole('checkbox', { name: 'Walk tall' })).not.toBeChecked();
    expect(within(group).getByRole('button', { name: 'Reset exclusions' })).toBeDisabled();
  });

  it('lists exercises with a small drawing each, and floor exercises only while the floor is allowed', async () => {
    const { user } = await show();
    await go(user, 'Exercises');
    const group = () => screen.getByRole('group', { name: 'Exercises to leave out' });
    expect(within(group()).queryByRole('checkbox', { name: 'Cat and cow' })).toBeNull();
    const label = within(group()).getByText('Seated chin tuck').closest('label');
    expect(label?.querySelector('svg[data-illustration="chin-tuck"]')).not.toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'On the floor (lying down)' }));
    expect(within(group()).getByRole('checkbox', { name: 'Cat and cow' })).toBeInTheDocument();
  });

  it('shows the days of the week only while working hours are on', async () => {
    const { user } = await show();
    await go(user, 'Working hours');
    expect(screen.queryByRole('group', { name: 'Monday' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Prompt breaks only during working hours' }));
    expect(screen.getAllByRole('group').map((g) => g.getAttribute('aria-label') ?? g.querySelector('legend')?.textContent)).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
  });

  it('adds, edits and removes working-hours ranges of a day', async () => {
    const { user, settings } = await show(service({ stored: { workingHours: { enabled: true } } }));
    await go(user, 'Working hours');
    const monday = screen.getByRole('group', { name: 'Monday' });
    await user.click(within(monday).getByRole('button', { name: 'Add a time range to Monday' }));
    expect(settings().workingHours.days.monday).toEqual([
      { from: '09:00', to: '17:00' },
      { from: '17:00', to: '18:00' },
    ]);
    const end = within(monday).getByLabelText('Monday, range 1: to');
    fireEvent.change(end, { target: { value: '12:00' } });
    fireEvent.blur(end);
    expect(settings().workingHours.days.monday[0]).toEqual({ from: '09:00', to: '12:00' });
    await user.click(within(monday).getByRole('button', { name: 'Remove Monday range 1' }));
    expect(settings().workingHours.days.monday).toEqual([{ from: '17:00', to: '18:00' }]);
    expect(within(monday).getAllByRole('listitem')).toHaveLength(1);
    const sunday = screen.getByRole('group', { name: 'Sunday' });
    expect(within(sunday).getByText('No working hours on this day.')).toBeInTheDocument();
  });

  it('refuses overlapping ranges with the reason, keeping the day as it was', async () => {
    const { user, settings } = await show(service({ stored: { workingHours: { enabled: true } } }));
    await go(user, 'Working hours');
    const tuesday = screen.getByRole('group', { name: 'Tuesday' });
    await user.click(within(tuesday).getByRole('button', { name: 'Add a time range to Tuesday' }));
    const start = within(tuesday).getByLabelText('Tuesday, range 2: from');
    fireEvent.change(start, { target: { value: '16:00' } });
    fireEvent.blur(start);
    expect(await screen.findByText('Not changed. Each time range must end after it starts, and the ranges of one day must not overlap.')).toBeInTheDocument();
    expect(start).toHaveAttribute('aria-invalid', 'true');
    expect(start).toHaveValue('16:00');
    expect(settings().workingHours.days.tuesday).toEqual([
      { from: '09:00', to: '17:00' },
      { from: '17:00', to: '18:00' },
    ]);
  });

  it('refuses to leave no position ticked, naming the minimum', async () => {
    const { user, settings } = await show(service({ stored: { exercises: { positions: ['seated'] } } }));
    await go(user, 'Exercises');
    const positions = screen.getByRole('group', { name: 'Where you can do exercises' });
    expect(within(positions).getByText('Choose at least 1 option.')).toBeInTheDocument();
    await user.click(within(positions).getByRole('checkbox', { name: 'Seated' }));
    expect(await screen.findByText('Not changed. Choose at least 1 option.')).toBeInTheDocument();
    expect(within(positions).getByRole('checkbox', { name: 'Seated' })).toBeChecked();
    expect(settings().exercises.positions).toEqual(['seated']);
  });

  it('lists in the policy view what is not at its default, what gave way and what the policy could not use, with reasons', async () => {
    const preferences = service({
      policy: {
        enforced: { strict: true, 'snooze.minutes': 500 },
        recommended: { 'microBreak.everyMinutes': 25 },
        adminContact: CONTACT,
        problems: [{ source: '/etc/breakwise/policy.json', key: 'nightMode', reason: 'is not a Breakwise policy key' }],
      },
      stored: { sound: { voice: true } },
    });
    const { user } = await show(preferences);
    await user.click(screen.getByText('Managed by your organization — details'));
    const policy = await screen.findByRole('region', { name: 'Managed by your organization — details' });
    const row = (name: string | RegExp) => within(policy).getByRole('row', { name });
    expect(within(policy).getByRole('heading', { name: '3 settings are not at their default' })).toBeInTheDocument();
    expect(row(/^Strict mode/)).toHaveTextContent(/OnManaged by your organization$/);
    expect(row(/^Sitting time between posture resets/)).toHaveTextContent(/25 minutesRecommended by your organization$/);
    expect(row(/^Spoken instructions/)).toHaveTextContent(/OnYour choice$/);
    expect(within(policy).getByRole('heading', { name: '1 value was not used' })).toBeInTheDocument();
    expect(row(/^Snooze length/)).toHaveTextContent('500 minutesManaged by your organizationToo big: expected number to be <=60');
    expect(within(policy).getByRole('heading', { name: '1 problem reading the policy' })).toBeInTheDocument();
    expect(row(/^\/etc\/breakwise\/policy\.json/)).toHaveTextContent('nightModeis not a Breakwise policy key');
  });

  it("keeps the organization's details behind a disclosure, closed at first, and shows none to people with no policy", async () => {
    const first = await show();
    expect(screen.queryByText('Managed by your organization — details')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
    first.unmount();
    await show(service({ policy: { problems: [{ source: '/etc/breakwise/policy.json', key: 'nightMode', reason: 'is not a Breakwise policy key' }] } }));
    const details = screen.getByText('Managed by your organization — details').closest('details');
    expect(details).not.toBeNull();
    expect(details).not.toHaveAttribute('open');
  });

  it('explains the advanced thresholds in a plain sentence each, in minutes', async () => {
    const { user } = await show();
    await go(user, 'Advanced');
    expect(number('Pause before sitting time stops counting')).toHaveValue(2);
    expect(number('Pause before sitting time stops counting')).toHaveAccessibleDescription('1–60 minutes Short pauses under 2 minutes still count as sitting.');
    expect(number('Time away that counts as a break')).toHaveAccessibleDescription('1–240 minutes Being away for 5 minutes or more counts as a break.');
  });

  it('refuses in German in plain words naming the range', async () => {
    const { user } = await show(service(), 'de');
    await go(user, 'Ziel und Serie');
    const field = number('Längste Sitzphase');
    await user.clear(field);
    await user.type(field, '5{Enter}');
    expect(await screen.findByText('Nicht übernommen. Wählen Sie eine Zahl von 20 bis 480.')).toBeInTheDocument();
  });

  it('says which meeting signals this computer can tell, and that the others never hold a break', async () => {
    const { user } = await show();
    await go(user, 'Meetings');
    expect(await screen.findByRole('heading', { level: 3, name: 'What this computer can tell' })).toBeInTheDocument();
    expect(await screen.findByText(/^Sharing the screen:/)).toHaveTextContent('Sharing the screen: cannot be detected here, so it never holds a break');
    expect(screen.getByText(/^Camera in use:/)).toHaveTextContent('Camera in use: can be detected');
  });

  it('speaks German, exercise titles included, and follows a change of the language setting', async () => {
    // The OS prefers German (as the main process read it), so the window started in German.
    const { user } = await show(service({ policy: { enforced: { strict: true } }, systemLanguages: ['de-DE'] }), 'de');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Breakwise-Einstellungen');
    expect(screen.getAllByText('Von Ihrer Organisation verwaltet').length).toBeGreaterThan(0);
    expect(screen.getAllByText('2–480 Minuten')).toHaveLength(2);
    await go(user, 'Übungen');
    expect(screen.getByRole('checkbox', { name: 'Kinn zurückziehen im Sitzen' })).toBeInTheDocument();
    await go(user, 'Klang und Darstellung');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sprache' }), 'English');
    expect(await screen.findByRole('heading', { level: 1, name: 'Breakwise settings' })).toBeInTheDocument();
  });
});
