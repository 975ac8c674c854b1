import { useTranslation } from 'react-i18next';
import type { ControlProps, TimeRange } from './settingsModel';
import { nextRange, timeForInput, timeFromInput } from './timeRanges';
import { useDraft } from './useDraft';

/** One day's working hours, one row of the week: any number of from–to ranges, each applied when its time is complete. */
export function TimeRangesField({ id, label, value, disabled, invalid, describedBy, onCommit }: ControlProps<readonly TimeRange[]>) {
  const { t } = useTranslation();
  const replace = (index: number, range: TimeRange) => onCommit(value.map((r, i) => (i === index ? range : r)));
  return (
    <fieldset className="time-ranges-field" disabled={disabled} aria-describedby={describedBy}>
      {/* The legend names the group for assistive technology; the eye reads the day at the start of its row. */}
      <legend className="visually-hidden">{label}</legend>
      <span className="day-name" aria-hidden="true">
        {label}
      </span>
      {value.length === 0 ? (
        <p className="hint">{t('settings.hours.none')}</p>
      ) : (
        <ul className="ranges">
          {value.map((range, index) => {
            const number = index + 1;
            return (
              // Ranges have no identity of their own: their place in the day is what the person edits.
              <li key={index} className="range">
                <TimeInput id={`${id}-${index}-from`} label={t('settings.hours.from')} name={t('settings.hours.fromName', { day: label, number })} time={range.from} isEnd={false} invalid={invalid} describedBy={describedBy} onCommit={(from) => replace(index, { ...range, from })} />
                <TimeInput id={`${id}-${index}-to`} label={t('settings.hours.to')} name={t('settings.hours.toName', { day: label, number })} time={range.to} isEnd invalid={invalid} describedBy={describedBy} onCommit={(to) => replace(index, { ...range, to })} />
                <button type="button" aria-label={t('settings.hours.removeName', { day: label, number })} onClick={() => onCommit(value.filter((_, i) => i !== index))}>
                  {t('settings.hours.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" aria-label={t('settings.hours.addName', { day: label })} onClick={() => onCommit([...value, nextRange(value)])}>
        {t('settings.hours.add')}
      </button>
    </fieldset>
  );
}

interface TimeInputProps {
  readonly id: string;
  /** What the eye sees ("From"); `name` says which day and range ("Monday, range 1: from"). */
  readonly label: string;
  readonly name: string;
  readonly time: string;
  readonly isEnd: boolean;
  readonly invalid: boolean;
  readonly describedBy: string | undefined;
  readonly onCommit: (time: string) => void;
}

function TimeInput({ id, label, name, time, isEnd, invalid, describedBy, onCommit }: TimeInputProps) {
  const draft = useDraft(timeForInput(time, isEnd), (text) => {
    // A half-typed time reads as empty; it is finished or left as it was.
    if (text !== '') onCommit(timeFromInput(text, isEnd));
  });
  return (
    <span className="time-input">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="time" aria-label={name} aria-invalid={invalid || undefined} aria-describedby={describedBy} {...draft} />
    </span>
  );
}
