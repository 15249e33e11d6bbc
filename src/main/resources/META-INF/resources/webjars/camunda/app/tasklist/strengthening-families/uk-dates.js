// Strengthening Families: UK dates in every Camunda Form (task and start forms).
//
// form-js 1.8.7, as Tasklist 7.24 renders it, has no setting for the date format: its datetime
// component asks the browser's default locale (Intl.DateTimeFormat('default')) for the pattern of
// the input, its placeholder and what it parses, so a browser set to American English shows and
// reads mm/dd/yyyy. Its calendar is flatpickr with flatpickr's default locale (Sunday first).
// Here the default locale of date formatting is pinned to en-GB (dd/mm/yyyy) and the calendar
// starts on Monday. Only the default locale changes: code that names a locale keeps it. The form
// still stores ISO yyyy-MM-dd in the variables, and the server checks every date again.
const LOCALE = 'en-GB';
const MONDAY = 1;

const NativeDateTimeFormat = Intl.DateTimeFormat;
if (!NativeDateTimeFormat.sfPinned) {
  const UkByDefault = function DateTimeFormat(locales, options) {
    const pinned = locales === undefined || locales === 'default' ? LOCALE : locales;
    return new NativeDateTimeFormat(pinned, options);
  };
  UkByDefault.prototype = NativeDateTimeFormat.prototype;
  UkByDefault.supportedLocalesOf = NativeDateTimeFormat.supportedLocalesOf.bind(NativeDateTimeFormat);
  UkByDefault.sfPinned = true;
  Intl.DateTimeFormat = UkByDefault;
}

function mondayFirst(flatpickr) {
  if (flatpickr && typeof flatpickr.localize === 'function') {
    flatpickr.localize({ firstDayOfWeek: MONDAY });
  }
}

if (window.flatpickr) {
  mondayFirst(window.flatpickr);
} else {
  // flatpickr puts itself on window when Tasklist's bundle first loads it
  let loaded;
  Object.defineProperty(window, 'flatpickr', {
    configurable: true,
    get: () => loaded,
    set: (value) => {
      loaded = value;
      mondayFirst(value);
    }
  });
}
