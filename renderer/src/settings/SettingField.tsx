import { useTranslation } from 'react-i18next';
import { BooleanField } from './BooleanField';
import { ChoiceField } from './ChoiceField';
import { ChoicesField } from './ChoicesField';
import { exerciseOptions } from './exerciseOptions';
import { optionLanguage } from '../../../main/core/shared/languages';
import { amountText, labelKey, limitsText, optionText, refusalText, storedPerShown } from './fieldText';
import { IntegerField } from './IntegerField';
import { OVERRIDDEN_BY_STRICT } from './layout';
import { asNumber, asRanges, asStrings, fieldIds, joinIds, valueAt, type Attempt, type SettingFieldView, type SettingsModel } from './settingsModel';
import { SourceNote } from './SourceNote';
import { TimeRangesField } from './TimeRangesField';

/**
 * What a control shows: an attempt on its way; a refused attempt too where the person typed it
 * (numbers, times), so it can be corrected; otherwise the effective value.
 */
function shownValue(attempt: Attempt | undefined, effective: unknown, keepsRefused: boolean): unknown {
  if (attempt === undefined || attempt.value === undefined) return effective;
  return attempt.message === null || keepsRefused ? attempt.value : effective;
}

const TYPED = new Set(['integer', 'timeRanges']);

/** A reset takes its Reset button away; focus goes to the setting's own control instead of being lost. */
function focusControl(id: string): void {
  const element = document.getElementById(id);
  (element instanceof HTMLInputElement ? element : element?.querySelector('input'))?.focus();
}

/** Advanced settings that need a sentence in plain words: what their value means in a day. */
const EXPLAINED: ReadonlySet<string> = new Set(['idle.pauseAfterSeconds', 'idle.naturalBreakAfterSeconds']);

/**
 * One setting, with the control its schema calls for, where its value comes from, what overrides
 * it, and why a change was refused.
 */
export function SettingField({ path, model }: { path: string; model: SettingsModel }) {
  const { t } = useTranslation();
  const field = model.view.fields.find((f) => f.path === path);
  if (field === undefined) return null;
  const source = model.view.sources[path] ?? 'default';
  const attempt = model.attempts[path];
  const refused = attempt !== undefined && attempt.message !== null;
  const ids = fieldIds(path);
  const label = t(labelKey(path));
  const hasNote = source === 'enforced' || source === 'recommended';
  // Strict mode takes snoozing and skipping away whatever these say (a managed lock says so itself).
  const overridden = source !== 'enforced' && OVERRIDDEN_BY_STRICT.includes(path) && valueAt(model.view.values, 'strict') === true;
  const effective = valueAt(model.view.values, path);
  const explained = EXPLAINED.has(path) && typeof effective === 'number';
  const describedBy = joinIds(
    field.control.type === 'integer' ? ids.hint : undefined,
    explained ? ids.explain : undefined,
    hasNote ? ids.note : undefined,
    overridden ? ids.override : undefined,
    refused ? ids.error : undefined,
  );
  const common = {
    id: ids.control,
    label,
    disabled: source === 'enforced' || overridden,
    invalid: refused,
    describedBy,
    onCommit: (value: unknown) => model.onChange(path, value),
  };
  // Skipping is off while strict mode is on: a ticked box would say otherwise.
  const value = overridden && path === 'allowSkip' ? false : shownValue(attempt, effective, TYPED.has(field.control.type));
  return (
    <div className={`setting setting-${field.control.type}`}>
      <Control field={field} common={common} value={value} hintId={ids.hint} model={model} />
      {explained && (
        <p id={ids.explain} className="hint explain">
          {t(`settings.explain.${path}`, { amount: amountText(t, path, effective) })}
        </p>
      )}
      {overridden && (
        <p id={ids.override} className="source-note overridden">
          {t('settings.overriddenByStrict')}
        </p>
      )}
      <SourceNote
        source={source}
        id={ids.note}
        label={label}
        contact={model.view.adminContact}
        onReset={() => {
          model.onReset(path);
          focusControl(ids.control);
        }}
      />
      <p id={ids.error} className="error" aria-live="polite">
        {refused ? t('settings.refused', { reason: refusalText(t, field, attempt.value) }) : ''}
      </p>
    </div>
  );
}

interface ControlArgs {
  readonly field: SettingFieldView;
  readonly common: { id: string; label: string; disabled: boolean; invalid: boolean; describedBy: string | undefined; onCommit: (value: unknown) => void };
  readonly value: unknown;
  readonly hintId: string;
  readonly model: SettingsModel;
}

function Control({ field, common, value, hintId, model }: ControlArgs) {
  const { t } = useTranslation();
  const { control, path } = field;
  switch (control.type) {
    case 'boolean':
      return <BooleanField {...common} value={value === true} />;
    case 'integer':
      return <IntegerField {...common} value={asNumber(value, control.min)} min={control.min} max={control.max} limits={limitsText(t, path, control.min, control.max)} limitsId={hintId} storedPerShown={storedPerShown(path)} />;
    case 'choice':
      return <ChoiceField {...common} value={typeof value === 'string' ? value : ''} options={control.options.map((o) => ({ value: o, label: optionText(t, path, o), lang: optionLanguage(path, o) }))} />;
    case 'choices':
      return (
        <ChoicesField
          {...common}
          value={asStrings(value)}
          options={control.options.map((o) => ({ value: o, label: optionText(t, path, o) }))}
          {...(control.minItems > 0 ? { summary: t('settings.atLeast', { count: control.minItems }) } : {})}
        />
      );
    case 'idList': {
      const excluded = asStrings(value);
      return (
        <ChoicesField {...common} value={excluded} options={exerciseOptions(model.locale, excluded, asStrings(valueAt(model.view.values, 'exercises.positions')))} summary={t('settings.exercises.excludedCount', { count: excluded.length })}>
          <button type="button" disabled={common.disabled || excluded.length === 0} onClick={() => common.onCommit([])}>
            {t('settings.exercises.resetExclusions')}
          </button>
        </ChoicesField>
      );
    }
    case 'timeRanges':
      return <TimeRangesField {...common} value={asRanges(value)} />;
  }
}
