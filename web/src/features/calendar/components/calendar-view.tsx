import type {
  DateSpanApi,
  DatesSetArg,
  EventApi,
  EventClickArg,
  EventDropArg,
  EventInput,
} from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin, { type EventResizeDoneArg } from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { Range } from '../api/calendar-queries';
import type { ItemProps } from '../model/to-events';
import { type CalendarViewName, readViewParams, writeViewParams } from '../model/view-params';
import {
  calendarDate,
  dropFits,
  nowIn,
  timesFromEvent,
  visibleDates,
  visibleHours,
} from '../model/wall-clock';
import { CalendarToolbar } from './calendar-toolbar';
import { useReschedule } from './use-reschedule';
import './calendar.css';

const allowDrop = (span: DateSpanApi, moving: EventApi | null) => dropFits(span, moving);
const PLUGINS = [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin];
const TIME_FORMAT = { hour: '2-digit', minute: '2-digit', hour12: false } as const;
const NARROW = '(max-width: 767.98px)';
// "Mon 23": a week of day names that still fits a phone's width.
const VIEW_OPTIONS = {
  timeGridWeek: { dayHeaderFormat: { weekday: 'short', day: 'numeric', omitCommas: true } },
} as const;

function defaultView(): CalendarViewName {
  // A week of columns does not fit a phone; the list reads well at any width.
  return typeof window !== 'undefined' && window.matchMedia?.(NARROW).matches
    ? 'listWeek'
    : 'timeGridWeek';
}

/**
 * One calendar: month, week, day and list views of the events given, with the user's own
 * events movable by drag and resize. Reports the dates on screen so only those are loaded.
 */
export function CalendarView({
  events,
  timeZone,
  onRangeChange,
  label,
}: {
  events: EventInput[];
  timeZone: string;
  onRangeChange: (range: Range) => void;
  label: string;
}) {
  const calendar = useRef<FullCalendar>(null);
  const navigate = useNavigate();
  const saveMove = useReschedule();
  const hintId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  // Read once: afterwards the calendar leads and the address follows.
  const [start] = useState(() => readViewParams(searchParams));
  const initialView = start.view ?? defaultView();
  const [shown, setShown] = useState({ title: '', view: initialView as string });
  const hours = useMemo(
    () => visibleHours(events.map((e) => (e.extendedProps as ItemProps).times)),
    [events],
  );
  const api = () => calendar.current?.getApi();

  const now = useCallback(() => nowIn(timeZone), [timeZone]);
  const onDatesSet = useCallback(
    (arg: DatesSetArg) => {
      setShown({ title: arg.view.title, view: arg.view.type });
      onRangeChange(visibleDates(arg.start, arg.end));
      const date = calendarDate(arg.view.currentStart);
      setSearchParams((params) => writeViewParams(params, arg.view.type, date), {
        replace: true,
      });
    },
    [onRangeChange, setSearchParams],
  );

  const onMoved = useCallback(
    (info: EventDropArg | EventResizeDoneArg) => {
      const { kind, itemId } = info.event.extendedProps as ItemProps;
      const before = timesFromEvent(info.oldEvent);
      const after = timesFromEvent(info.event);
      if (!before || !after) {
        info.revert();
        return;
      }
      void saveMove({
        kind,
        id: itemId,
        title: info.event.title,
        before,
        after,
        revert: info.revert,
      });
    },
    [saveMove],
  );

  const onClick = useCallback(
    (info: EventClickArg) => {
      // The app's router opens the page, without reloading the whole app.
      info.jsEvent.preventDefault();
      const { href } = info.event.extendedProps as ItemProps;
      if (href) navigate(href);
    },
    [navigate],
  );

  return (
    <section className="crewlog-calendar" aria-label={label} aria-describedby={hintId}>
      <p id={hintId} className="visually-hidden">
        Your own entries and tasks can be dragged to another day or time, or resized. Without a
        mouse, open an entry or task (press Enter on it) and change its date and times on its page.
      </p>
      <CalendarToolbar
        title={shown.title}
        view={shown.view}
        onPrev={() => api()?.prev()}
        onNext={() => api()?.next()}
        onToday={() => api()?.today()}
        onView={(view) => api()?.changeView(view)}
      />
      <FullCalendar
        ref={calendar}
        plugins={PLUGINS}
        initialView={initialView}
        {...(start.date ? { initialDate: start.date } : {})}
        headerToolbar={false}
        views={VIEW_OPTIONS}
        timeZone="UTC"
        now={now}
        locale="en-GB"
        firstDay={1}
        height="auto"
        nowIndicator
        // A day's name opens that day; links, so keyboards reach them too.
        navLinks
        events={events}
        eventTimeFormat={TIME_FORMAT}
        slotLabelFormat={TIME_FORMAT}
        slotMinTime={hours.min}
        slotMaxTime={hours.max}
        allDayText="All day"
        noEventsText="Nothing on these dates."
        dayMaxEvents
        datesSet={onDatesSet}
        eventAllow={allowDrop}
        eventDrop={onMoved}
        eventResize={onMoved}
        eventClick={onClick}
      />
    </section>
  );
}
