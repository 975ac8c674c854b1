import { useTranslation } from 'react-i18next';
import { FEELINGS, type CheckInTotals } from './wellbeing';

/** How the neck felt after breaks over the chart's days: each answer's count, with a bar for its share. */
export function CheckInsSection({ totals, days, locale }: { totals: CheckInTotals; days: number; locale: string }) {
  const { t } = useTranslation();
  const answers = FEELINGS.reduce((sum, feeling) => sum + totals[feeling], 0);
  const percent = new Intl.NumberFormat(locale, { style: 'percent' });
  return (
    <section className="history-section" aria-labelledby="history-checkins">
      <h2 id="history-checkins">{t('history.checkIns.heading')}</h2>
      {answers === 0 ? (
        <p className="hint">{t('history.checkIns.empty', { days })}</p>
      ) : (
        <>
          <p className="hint">{t('history.checkIns.intro', { days, count: answers })}</p>
          <table className="checkins">
            <caption className="visually-hidden">{t('history.checkIns.caption', { days })}</caption>
            <thead className="visually-hidden">
              <tr>
                <th scope="col">{t('history.checkIns.answer')}</th>
                <th scope="col">{t('history.checkIns.times')}</th>
                <th scope="col">{t('history.checkIns.share')}</th>
              </tr>
            </thead>
            <tbody>
              {FEELINGS.map((feeling) => {
                const share = totals[feeling] / answers;
                return (
                  <tr key={feeling} className={`feeling-${feeling}`}>
                    <th scope="row">{t(`done.feeling.${feeling}`)}</th>
                    <td className="count">{t('history.count', { count: totals[feeling] })}</td>
                    <td className="share">
                      <span className="share-bar" aria-hidden="true">
                        <span style={{ width: `${String(share * 100)}%` }} />
                      </span>
                      <span className="share-figure">{percent.format(share)}</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {totals.worse > totals.better && <p className="hint worse-note">{t('history.checkIns.worseNote')}</p>}
        </>
      )}
    </section>
  );
}
