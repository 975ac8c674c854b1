import { useTranslation } from 'react-i18next';
import type { ChartDay } from './chartDays';
import { formatDuration, formatRowDate } from './formatting';

/** The chart's numbers as a table, a row per calendar day; a day without data says so. */
export function HistoryTable({ id, series, caption, locale, className }: { id: string; series: readonly ChartDay[]; caption: string; locale: string; className?: string }) {
  const { t } = useTranslation();
  const number = new Intl.NumberFormat(locale);
  return (
    <table id={id} className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('history.table.date')}</th>
          <th scope="col">{t('history.table.taken')}</th>
          <th scope="col">{t('history.table.natural')}</th>
          <th scope="col">{t('history.table.longest')}</th>
          <th scope="col">{t('history.table.active')}</th>
        </tr>
      </thead>
      <tbody>
        {series.map(({ date, day }) => (
          <tr key={date}>
            <th scope="row">{formatRowDate(date, locale)}</th>
            {day === null ? (
              <td colSpan={4} className="no-data">
                {t('history.table.noData')}
              </td>
            ) : (
              <>
                <td>{number.format(day.breaksTaken)}</td>
                <td>{number.format(day.naturalBreaks)}</td>
                <td>{formatDuration(day.longestSittingSeconds, locale)}</td>
                <td>{formatDuration(day.activeSeconds, locale)}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
