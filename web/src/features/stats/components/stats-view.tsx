import { useSearchParams } from 'react-router';
import { type DateRange, rangeFromParams, rangeProblem } from '../api/date-range';
import type { Scope } from '../api/get-stats';
import { AlertsRaised, EntriesPerBuilding, EntriesPerDeviceType, Followups } from './count-panels';
import { HoursPerDay, HoursPerMember, HoursPerWeek } from './hours-panels';
import { RangePicker } from './range-picker';

/**
 * Statistics over a date range, for one person (scope = their id) or the whole team
 * (scope = null). The range lives in the address, so a view can be bookmarked or shared.
 */
export function StatsView({ scope, today }: { scope: Scope; today: string }) {
  const [params, setParams] = useSearchParams();
  const range = rangeFromParams(params, today);
  const onRange = (next: DateRange) =>
    setParams({ from: next.from, to: next.to }, { replace: true });
  const valid = rangeProblem(range) === null;
  return (
    <>
      <RangePicker range={range} today={today} onRange={onRange} />
      {valid && (
        <div>
          <HoursPerDay range={range} scope={scope} />
          <HoursPerWeek range={range} scope={scope} />
          {scope === null && <HoursPerMember range={range} />}
          <EntriesPerBuilding range={range} scope={scope} />
          <EntriesPerDeviceType range={range} scope={scope} />
          <Followups range={range} scope={scope} />
          <AlertsRaised range={range} />
        </div>
      )}
    </>
  );
}
