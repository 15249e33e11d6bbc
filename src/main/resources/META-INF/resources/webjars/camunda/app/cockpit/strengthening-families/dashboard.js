// Strengthening Families: the managers' dashboard on Cockpit's start page (plugin point
// cockpit.dashboard). It reads the project's report API (/api/reports/*) with the manager's Cockpit
// session and draws everything itself: tables with real headers, and small SVG charts. Nothing is
// fetched from another site. Each section loads on its own, so one failing report does not hide
// the others. Every figure is of one programme phase: the phase of new referrals, or the one chosen
// where the council has run more than one (each case counts under the phase it was referred under).

const SVG_NS = 'http://www.w3.org/2000/svg';
const COLOURS = { identified: '#1f5fa8', workedWith: '#d9661f', turnedAround: '#2e7d32', target: '#555' };
const RESULT_TYPES = {
  CRIME_ASB_EDUCATION: 'Crime, anti-social behaviour and education',
  PROGRESS_TO_WORK: 'Progress to work',
  CONTINUOUS_EMPLOYMENT: 'Continuous employment',
  SIGNIFICANT_SUSTAINED_PROGRESS: 'Significant and sustained progress',
  SUCCESSFUL_FAMILY_OUTCOME: 'Successful family outcome'
};
/** 2012-15 judged families by three criteria and turned them around; the later phases by their needs. */
const FIRST_PHASE = 'TF_2012';
const LEAD_SERVICES = {
  CFP: 'Children and Family Practices',
  CSC: "Children's Social Care",
  YOT: 'Youth Offending Team',
  NEP: 'Neighbourhood Employment Programme',
  FIP: 'Family Intervention Project'
};
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const wholeNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const poundsWhole = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 0, maximumFractionDigits: 0 });
const poundsPence = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2, maximumFractionDigits: 2 });

function count(value) {
  return value === null || value === undefined || value === '' ? '–' : wholeNumber.format(Number(value));
}

function percent(value) {
  return value === null || value === undefined || value === '' ? '–' : oneDecimal.format(Number(value)) + '%';
}

/** Whole pounds where the figures are whole (the funding forecast); with pence for claims. */
function pounds(value, withPence) {
  if (value === null || value === undefined || value === '') {
    return '–';
  }
  const amount = Number(value);
  return withPence || !Number.isInteger(amount) ? poundsPence.format(amount) : poundsWhole.format(amount);
}

function share(part, whole) {
  return whole ? (100 * Number(part)) / Number(whole) : null;
}

// ---- dates: ISO yyyy-MM-dd strings, computed in UTC so no time zone moves a day -----------------

function isoDate(date) {
  return date.toISOString().slice(0, 10);
}

function parseIso(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** dd/mm/yyyy, as staff read dates. */
function ukDate(iso) {
  const [y, m, d] = String(iso).slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

function monthYear(iso) {
  const date = parseIso(iso);
  return MONTHS[date.getUTCMonth()] + ' ' + date.getUTCFullYear();
}

/** The last day of each quarter from the programme's first day to its last, none after today. */
function quarterEnds(programmeFrom, programmeTo, today) {
  const ends = [];
  const start = parseIso(programmeFrom);
  for (let q = 1; ; q++) {
    const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 3 * q, start.getUTCDate() - 1));
    const iso = isoDate(end);
    if (iso > programmeTo || iso > today) {
      return ends;
    }
    ends.push(iso);
  }
}

// ---- DOM helpers: text always goes in as text, never as HTML -----------------------------------

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  setAttributes(node, attributes);
  append(node, children);
  return node;
}

function svg(tag, attributes, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttributes(node, attributes);
  append(node, children);
  return node;
}

function setAttributes(node, attributes) {
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== null && value !== undefined && value !== false) {
      node.setAttribute(name, String(value));
    }
  });
}

function append(node, children) {
  children.flat().forEach(child => {
    if (child !== null && child !== undefined && child !== false) {
      node.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
    }
  });
}

function table(caption, headers, rows, footer) {
  return el('table', { class: 'sf-table' },
    el('caption', null, caption),
    el('thead', null, el('tr', null, headers.map(h => el('th', { scope: 'col', class: h.numeric ? 'num' : null }, h.label)))),
    el('tbody', null, rows),
    footer ? el('tfoot', null, footer) : null);
}

function row(attributes, label, cells) {
  return el('tr', attributes, el('th', { scope: 'row' }, label),
    cells.map(([text, measure]) => el('td', { class: 'num', 'data-measure': measure }, text)));
}

// ---- the report API ------------------------------------------------------------------------------

/** The webapps live at <context path>/<application path> (app-root); the project's API at <context path>/api. */
function apiRoot() {
  const base = document.querySelector('base');
  const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  return appRoot.replace(/\/[^/]*\/?$/, '') + '/api';
}

async function report(name, parameters) {
  const given = Object.entries(parameters || {}).filter(([, value]) => value !== null && value !== undefined && value !== '');
  const query = new URLSearchParams(given).toString();
  const response = await fetch(apiRoot() + '/reports/' + name + (query ? '?' + query : ''), {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' }
  });
  if (!response.ok) {
    let message = response.statusText;
    try {
      const body = await response.json();
      message = body.message || body.error || message;
    } catch (ignored) {
      // not JSON: the status line says enough
    }
    throw new Error('the ' + name + ' report answered ' + response.status + (message ? ': ' + message : ''));
  }
  return response.json();
}

/** Managers' figures are under disclosure control: say as at when, and the rule (the report says both). */
function disclosureNote(report) {
  const d = report && report.disclosureControl;
  return d && d.applied ? el('p', { class: 'sf-note', 'data-figures-as-of': d.figuresAsOf }, `Figures as at ${ukDate(d.figuresAsOf)}. ${d.rule}`) : null;
}

// ---- charts ----------------------------------------------------------------------------------------

function niceCeiling(value) {
  if (value <= 0) {
    return 10;
  }
  const magnitude = Math.pow(10, Math.floor(Math.log10(value)));
  const steps = [1, 2, 2.5, 5, 10];
  return steps.map(s => s * magnitude).find(v => v >= value);
}

function chartFrame(id, title, description, width, height) {
  return svg('svg', {
    class: 'sf-chart', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img',
    'aria-labelledby': `${id}-title ${id}-desc`, preserveAspectRatio: 'xMinYMin meet'
  },
  svg('title', { id: `${id}-title` }, title),
  svg('desc', { id: `${id}-desc` }, description));
}

function legend(items) {
  return el('ul', { class: 'sf-legend' }, items.map(item =>
    el('li', null, el('span', { class: 'sf-swatch' + (item.dashed ? ' dashed' : ''), style: `border-color:${item.colour};background:${item.dashed ? 'transparent' : item.colour}` }), item.label)));
}

/** Families identified, worked with and turned around (successful) at each quarter end, against the target. */
function progressChart(points, target, words) {
  const width = 1200;
  const height = 360;
  const margin = { top: 20, right: 150, bottom: 40, left: 56 };
  const innerWidth = width - margin.left - margin.right;
  const innerHeight = height - margin.top - margin.bottom;
  const series = [
    { key: 'identified', label: 'Identified' },
    { key: 'workedWith', label: 'Worked with' },
    { key: 'turnedAround', label: words.turnedAround }
  ];
  const highest = Math.max(target || 0, ...points.flatMap(p => series.map(s => Number(p[s.key]) || 0)));
  // families are whole: at least 5, so the five gridlines are a family apart (not 1, 1, 1, 0, 0 for 0.2 steps)
  const top = Math.max(5, niceCeiling(highest));
  const x = i => margin.left + (points.length === 1 ? innerWidth / 2 : (i * innerWidth) / (points.length - 1));
  const y = v => margin.top + innerHeight - (v / top) * innerHeight;

  const last = points[points.length - 1];
  const chart = chartFrame('sf-progress', `Families against the ${words.target}, quarter by quarter`,
    `Three lines, one point per quarter end from ${monthYear(points[0].asOf)} to ${monthYear(last.asOf)}. ` +
    `At ${monthYear(last.asOf)}: ${count(last.identified)} identified, ${count(last.workedWith)} worked with, ` +
    `${count(last.turnedAround)} ${words.turnedAround.toLowerCase()}` +
    (target ? `, against a target of ${count(target)} families` : '') + '. The table below gives every figure.',
    width, height);

  for (let i = 0; i <= 5; i++) {
    const value = (top * i) / 5;
    chart.appendChild(svg('line', { x1: margin.left, x2: margin.left + innerWidth, y1: y(value), y2: y(value), class: 'sf-grid' }));
    chart.appendChild(svg('text', { x: margin.left - 8, y: y(value) + 4, 'text-anchor': 'end', class: 'sf-axis' }, count(value)));
  }
  points.forEach((p, i) => {
    // month over year keeps a dozen quarters apart; beyond that every other quarter is labelled
    if (points.length <= 12 || i % 2 === 0 || i === points.length - 1) {
      const [month, year] = p.figuresDate ? [ukDate(p.asOf).slice(0, 5), ukDate(p.asOf).slice(6)] : monthYear(p.asOf).split(' ');
      chart.appendChild(svg('text', { x: x(i), y: height - margin.bottom + 16, 'text-anchor': 'middle', class: 'sf-axis' },
        svg('tspan', { x: x(i) }, month), svg('tspan', { x: x(i), dy: 12 }, year)));
    }
  });
  if (target) {
    chart.appendChild(svg('line', {
      x1: margin.left, x2: margin.left + innerWidth, y1: y(target), y2: y(target),
      stroke: COLOURS.target, 'stroke-width': 2, 'stroke-dasharray': '6 4'
    }));
    chart.appendChild(svg('text', { x: margin.left + innerWidth + 8, y: y(target) + 4, class: 'sf-label' }, `Target ${count(target)}`));
  }

  // each line's label at its end, a text line apart from the others where the figures are close (all three at 1)
  const labelY = {};
  series.map(s => ({ key: s.key, at: y(Number(last[s.key]) || 0) + 4 })).sort((a, b) => a.at - b.at)
    .reduce((above, label) => (labelY[label.key] = Math.max(label.at, above + 14)), -Infinity);
  series.forEach(s => {
    const colour = COLOURS[s.key];
    const coordinates = points.map((p, i) => `${x(i)},${y(Number(p[s.key]) || 0)}`).join(' ');
    chart.appendChild(svg('polyline', { points: coordinates, fill: 'none', stroke: colour, 'stroke-width': 2.5 }));
    points.forEach((p, i) => {
      chart.appendChild(svg('circle', { cx: x(i), cy: y(Number(p[s.key]) || 0), r: 4, fill: colour },
        svg('title', null, `${s.label} at ${monthYear(p.asOf)}: ${count(p[s.key])}`)));
    });
    chart.appendChild(svg('text', { x: margin.left + innerWidth + 8, y: labelY[s.key], fill: colour, class: 'sf-label' },
      `${s.label} ${count(last[s.key])}`));
  });
  chart.setAttribute('width', '100%');
  chart.removeAttribute('height');
  return chart;
}

/** Identified % and worked-with % of the three-year target, one pair of bars per authority. */
function neighboursChart(authorities, council) {
  const barHeight = 11;
  const rowHeight = 2 * barHeight + 10;
  const margin = { top: 10, right: 70, bottom: 30, left: 170 };
  const innerWidth = 420;
  const width = margin.left + innerWidth + margin.right;
  const height = margin.top + authorities.length * rowHeight + margin.bottom;
  const top = niceCeiling(Math.max(...authorities.flatMap(a => [Number(a.identifiedPercent) || 0, Number(a.workedWithPercent) || 0])));
  const x = v => margin.left + (v / top) * innerWidth;
  const chart = chartFrame('sf-neighbours', `${council} against its statistical neighbours`,
    'For each authority two bars: the percentage of its three-year target identified, and the percentage worked with. ' +
    'The table beside the chart gives the figures and ranks.', width, height);
  for (let i = 0; i <= 4; i++) {
    const value = (top * i) / 4;
    chart.appendChild(svg('line', { x1: x(value), x2: x(value), y1: margin.top, y2: height - margin.bottom, class: 'sf-grid' }));
    chart.appendChild(svg('text', { x: x(value), y: height - margin.bottom + 16, 'text-anchor': 'middle', class: 'sf-axis' }, wholeNumber.format(value) + '%'));
  }
  authorities.forEach((a, i) => {
    const rowTop = margin.top + i * rowHeight;
    const isCouncil = a.authority === council;
    chart.appendChild(svg('text', {
      x: margin.left - 8, y: rowTop + barHeight + 4, 'text-anchor': 'end',
      class: 'sf-label' + (isCouncil ? ' sf-council' : '')
    }, a.authority));
    [['identifiedPercent', COLOURS.identified, 'identified'], ['workedWithPercent', COLOURS.workedWith, 'worked with']]
      .forEach(([key, colour, what], j) => {
        const value = Number(a[key]) || 0;
        const barTop = rowTop + j * barHeight;
        chart.appendChild(svg('rect', {
          x: margin.left, y: barTop, width: Math.max(1, x(value) - margin.left), height: barHeight - 1, fill: colour,
          opacity: isCouncil ? 1 : 0.55
        }, svg('title', null, `${a.authority}: ${percent(a[key])} ${what}`)));
        chart.appendChild(svg('text', { x: x(value) + 4, y: barTop + barHeight - 2, class: 'sf-value' }, percent(a[key])));
      });
  });
  return chart;
}

/** Live families against the places of each lead service's key workers. */
function capacityBar(live, places) {
  const width = 160;
  const used = places ? Math.min(1, live / places) : 0;
  return svg('svg', { width, height: 14, viewBox: `0 0 ${width} 14`, role: 'img', 'aria-label': `${count(live)} of ${count(places)} places taken` },
    svg('rect', { x: 0, y: 1, width, height: 12, fill: '#e6e6e6' }),
    svg('rect', { x: 0, y: 1, width: width * used, height: 12, fill: used >= 1 ? '#b3261e' : COLOURS.identified }));
}

// ---- sections --------------------------------------------------------------------------------------

function section(id, title) {
  const body = el('div', { class: 'sf-body' }, el('p', { class: 'sf-loading' }, 'Loading…'));
  const node = el('section', { class: 'sf-section', id: `sf-${id}`, 'aria-labelledby': `sf-${id}-heading`, 'data-state': 'loading' },
    el('h3', { id: `sf-${id}-heading` }, title), body);
  return {
    node,
    show(...content) {
      body.replaceChildren(...content.flat().filter(Boolean));
      node.setAttribute('data-state', 'ready');
    },
    fail(error) {
      body.replaceChildren(el('p', { class: 'sf-error', role: 'alert' }, 'Not available: ' + error.message));
      node.setAttribute('data-state', 'error');
    }
  };
}

/** How the figures of a phase are named: 2012-15 turned families around, the later phases count successes. */
function wordsOf(years) {
  const first = !years.length || years[0].phase === FIRST_PHASE;
  const count = years.length === 3 ? 'three' : years.length === 5 ? 'five' : String(years.length);
  return {
    turnedAround: first ? 'Turned around' : 'Successful',
    target: `${count}-year target`,
    targetTitle: `${count.charAt(0).toUpperCase() + count.slice(1)}-year target`
  };
}

async function targetsSection(target, asOf, today, phase) {
  const current = await report('targets', { asOf, phase });
  const years = current.years || [];
  const words = wordsOf(years);
  const programmeFrom = years.length ? years[0].from : asOf;
  const programmeTo = years.length ? years[years.length - 1].to : asOf;
  // the quarter ends up to the date of the figures, and that date itself: the chart's last point
  // is the number the headline gives (one definition, one number)
  const ends = quarterEnds(programmeFrom, programmeTo, asOf > today ? today : asOf);
  const points = await Promise.all(ends.map(end => report('targets', { asOf: end, phase })
    .then(r => Object.assign({ asOf: end }, r.totals))));
  if (!ends.includes(asOf) && asOf >= programmeFrom) {
    points.push(Object.assign({ asOf, figuresDate: true }, current.totals));
  }
  const t = current.totals;
  const totalTarget = t.targetFamilies === null || t.targetFamilies === undefined ? null : Number(t.targetFamilies);

  const yearRows = years.map(y => row({ 'data-year': y.year }, `Year ${y.year} (${monthYear(y.from)} – ${monthYear(y.to)})`, [
    [count(y.targetFamilies), 'targetFamilies'], [count(y.indicativeFamilies), 'indicativeFamilies'],
    [count(y.identified), 'identified'], [count(y.workedWith), 'workedWith'],
    [count(y.attached), 'attached'], [count(y.turnedAround), 'turnedAround']]));
  const yearTotals = row({ class: 'sf-total' }, `${words.targetTitle.replace('target', 'totals')}`, [
    [count(t.targetFamilies), 'targetFamilies'], [count(t.indicativeFamilies), 'indicativeFamilies'],
    [count(t.identified), 'identified'], [count(t.workedWith), 'workedWith'],
    [count(t.attached), 'attached'], [count(t.turnedAround), 'turnedAround']]);

  const quarterRows = points.map(p => row({ 'data-as-of': p.asOf }, p.figuresDate ? ukDate(p.asOf) : monthYear(p.asOf), [
    [count(p.identified), 'identified'], [percent(share(p.identified, totalTarget)), 'identifiedPercent'],
    [count(p.workedWith), 'workedWith'], [percent(share(p.workedWith, totalTarget)), 'workedWithPercent'],
    [count(p.attached), 'attached'], [count(p.turnedAround), 'turnedAround']]));

  target.show(
    el('p', null, `${current.authority || 'The council'}: ${count(t.identified)} ` +
      (totalTarget === null ? 'families identified' : `of ${count(totalTarget)} families identified (${percent(share(t.identified, totalTarget))})`) +
      `, ${count(t.workedWith)} worked with, ${count(t.turnedAround)} ${words.turnedAround.toLowerCase()}, as at ${ukDate(asOf)}.`),
    totalTarget === null ? el('p', { class: 'sf-note' }, 'No target is set for this phase: the council sets the families it ' +
      'commits to in each year (sf.phases.<phase>.target-families).') : null,
    points.length ? legend([
      { label: 'Identified', colour: COLOURS.identified }, { label: 'Worked with', colour: COLOURS.workedWith },
      { label: words.turnedAround, colour: COLOURS.turnedAround },
      totalTarget === null ? null : { label: words.targetTitle, colour: COLOURS.target, dashed: true }].filter(Boolean)) : null,
    points.length ? el('div', { class: 'sf-chart-box' }, progressChart(points, totalTarget, words)) : null,
    table(`Families at each quarter end of the programme, and on ${ukDate(asOf)} (percentages of the ${words.target})`, [
      { label: 'Quarter end' }, { label: 'Identified', numeric: true }, { label: '% of target', numeric: true },
      { label: 'Worked with', numeric: true }, { label: '% of target', numeric: true },
      { label: 'Attached', numeric: true }, { label: words.turnedAround, numeric: true }], quarterRows),
    table(`Targets by programme year (Table 1), as at ${ukDate(asOf)}`, [
      { label: 'Programme year' }, { label: 'Target (actual)', numeric: true }, { label: 'Indicative', numeric: true },
      { label: 'Identified', numeric: true }, { label: 'Worked with', numeric: true },
      { label: 'Attached', numeric: true }, { label: words.turnedAround, numeric: true }], yearRows, yearTotals),
    disclosureNote(current));
  return current;
}

/** Ranks among the authorities with figures: 1 = highest percentage, equal percentages share a rank. */
function ranks(authorities, key) {
  const result = new Map();
  const ranked = authorities.filter(hasFigures);
  ranked.forEach(a => {
    result.set(a, 1 + ranked.filter(b => Number(b[key]) > Number(a[key])).length);
  });
  return result;
}

function hasFigures(authority) {
  return authority.identifiedPercent !== null && authority.identifiedPercent !== undefined && authority.identifiedPercent !== '';
}

async function performanceSection(target, asOf, phase) {
  if (phase && phase !== FIRST_PHASE) {
    target.show(el('p', { class: 'sf-note' }, 'The comparison with the statistical neighbours (Appendix 3) is of the ' +
      '2012 to 2015 programme, whose figures the neighbours published: choose Troubled Families 2012 to 2015 to see it.'));
    return;
  }
  const p = await report('performance', { asOf });
  const authorities = (p.neighbours || []).slice();
  if (!authorities.some(a => a.authority === p.authority)) {
    authorities.push({
      authority: p.authority, targetFamilies: p.targetFamilies, identified: p.identified,
      identifiedPercent: p.identifiedPercent, workedWith: p.workedWith, workedWithPercent: p.workedWithPercent
    });
  }
  authorities.sort((a, b) => Number(b.identifiedPercent) - Number(a.identifiedPercent));
  // a rank means something only beside the neighbours' figures
  const compared = authorities.filter(hasFigures).length > 1;
  const identifiedRank = ranks(authorities, 'identifiedPercent');
  const workedWithRank = ranks(authorities, 'workedWithPercent');
  const rank = (a, given, computed) => (!compared || !hasFigures(a) ? '–' : given || computed.get(a));
  const rows = authorities.map(a => row({ class: a.authority === p.authority ? 'sf-council' : null, 'data-authority': a.authority }, a.authority, [
    [count(a.targetFamilies), 'targetFamilies'], [count(a.identified), 'identified'], [percent(a.identifiedPercent), 'identifiedPercent'],
    [rank(a, a.rankByIdentifiedPercent, identifiedRank), 'rankByIdentifiedPercent'],
    [count(a.workedWith), 'workedWith'], [percent(a.workedWithPercent), 'workedWithPercent'],
    [rank(a, a.rankByWorkedWithPercent, workedWithRank), 'rankByWorkedWithPercent']]));
  const headline = compared
    ? el('p', { class: 'sf-ranks' }, `${p.authority} as at ${ukDate(asOf)}: `,
      el('strong', null, `${percent(p.identifiedPercent)} identified, rank ${p.rankByIdentifiedPercent} of ${p.authorities}`), '; ',
      el('strong', null, `${percent(p.workedWithPercent)} worked with, rank ${p.rankByWorkedWithPercent} of ${p.authorities}`),
      ' (rank 1 = highest percentage).')
    : el('p', { class: 'sf-ranks' }, `${p.authority} as at ${ukDate(asOf)}: `,
      el('strong', null, `${percent(p.identifiedPercent)} identified, ${percent(p.workedWithPercent)} worked with`),
      `. No statistical neighbour had published figures by ${ukDate(asOf)}, so there is no ranking yet.`);
  target.show(
    headline,
    legend([{ label: '% of target identified', colour: COLOURS.identified }, { label: '% of target worked with', colour: COLOURS.workedWith }]),
    el('div', { class: 'sf-chart-box' }, neighboursChart(authorities.filter(hasFigures), p.authority)),
    table('Families identified and worked with, as numbers and percentages of each authority\'s three-year target', [
      { label: 'Authority' }, { label: 'Three-year target', numeric: true }, { label: 'Identified', numeric: true },
      { label: '% identified', numeric: true }, { label: 'Rank', numeric: true }, { label: 'Worked with', numeric: true },
      { label: '% worked with', numeric: true }, { label: 'Rank', numeric: true }], rows),
    disclosureNote(p));
}

async function fundingSection(target, years, phase) {
  if (phase && phase !== FIRST_PHASE) {
    return laterFundingSection(target, years, phase);
  }
  const parameters = years && years.length ? { actuals: years.map(y => y.targetFamilies).join(',') } : {};
  const f = await report('funding', Object.assign({ phase }, parameters));
  const money = r => [[count(r.actualFamilies), 'actualFamilies'], [count(r.indicativeFamilies), 'indicativeFamilies'],
    [pounds(r.councilContribution), 'councilContribution'], [pounds(r.departmentContribution), 'departmentContribution'],
    [pounds(r.upfrontFee), 'upfrontFee'], [pounds(r.resultsInArrears), 'resultsInArrears']];
  target.show(table('Programme funding forecast (Table 4)', [
    { label: 'Programme year' }, { label: 'Families (actuals)', numeric: true }, { label: 'Families (indicative)', numeric: true },
    { label: 'Council and partners', numeric: true }, { label: 'Department (PbR)', numeric: true },
    { label: 'Upfront fee', numeric: true }, { label: 'Results in arrears', numeric: true }],
  f.years.map(y => row({ 'data-year': y.year }, `Year ${y.year}`, money(y))),
  row({ class: 'sf-total' }, 'Total', money(f.totals))));
}

/** A later phase's forecast: the attachment fee per family committed and the results claim per success. */
async function laterFundingSection(target, years, phase) {
  const committed = (years || []).map(y => y.targetFamilies);
  if (!committed.length || committed.some(n => n === null || n === undefined)) {
    target.show(el('p', { class: 'sf-note' }, 'No forecast without the families committed: the council sets them for ' +
      'each year of the phase (sf.phases.<phase>.target-families).'));
    return;
  }
  const f = await report('funding', { phase, committed: committed.join(',') });
  const paid = [
    Number(f.parameters.attachmentFee) ? `${pounds(f.parameters.attachmentFee)} upfront for each family committed` : null,
    Number(f.parameters.claimAmount) ? `${pounds(f.parameters.claimAmount)} for each successful family` : null]
    .filter(Boolean);
  const money = r => [[count(r.familiesCommitted), 'familiesCommitted'], [count(r.expectedSuccesses), 'expectedSuccesses'],
    [pounds(r.attachmentFees), 'attachmentFees'], [pounds(r.resultsPayments), 'resultsPayments'], [pounds(r.total), 'total']];
  target.show(
    paid.length ? el('p', null, `${f.title}: ${paid.join(', ')}` +
      (Number(f.parameters.claimAmount) ? ', if every family committed succeeds.' : '.')) : null,
    f.note ? el('p', { class: 'sf-note' }, f.note) : null,
    table('Programme funding forecast', [
      { label: 'Programme year' }, { label: 'Families committed', numeric: true }, { label: 'Expected successes', numeric: true },
      { label: 'Attachment fees', numeric: true }, { label: 'Results payments', numeric: true }, { label: 'Total', numeric: true }],
    f.years.map(y => row({ 'data-year': y.year }, `Year ${y.year} (${monthYear(y.from)} – ${monthYear(y.to)})`, money(y))),
    row({ class: 'sf-total' }, 'Total', money(f.totals))));
}

/** Successful family outcomes: per quarter of the phase, and per need. */
async function outcomesSection(target, asOf, phase) {
  const o = await report('outcomes', { asOf, phase });
  const p = (o.phases || [])[0];
  if (!p) {
    target.show(el('p', { class: 'sf-empty' }, 'No families of this phase yet.'));
    return;
  }
  const measures = [['attached', 'Attached'], ['assessed', 'Assessed'], ['closed', 'Closed'], ['sustained', 'Sustained'],
    ['successful', p.phase === FIRST_PHASE ? 'Turned around' : 'Successful']]
    .filter(([key]) => p.totals[key] !== undefined);
  const cells = q => measures.map(([key]) => [count(q[key]), key]);
  const needRows = (p.needs || []).map(n => row({ 'data-need': n.need }, n.title, [
    [count(n.identified), 'identified'], [count(n.achieved), 'achieved']]));
  target.show(
    table(`Families by quarter, as at ${ukDate(asOf)}`, [{ label: 'Quarter' }].concat(measures.map(([, label]) => ({ label, numeric: true }))),
      (p.quarters || []).map(q => row({ 'data-quarter': q.from }, `${q.label} (${monthYear(q.from)} – ${monthYear(q.to)})`, cells(q))),
      row({ class: 'sf-total' }, 'Total', cells(p.totals))),
    needRows.length ? table(`Needs identified and achieved, as at ${ukDate(asOf)}`, [
      { label: 'Need' }, { label: 'Families identified', numeric: true }, { label: 'Achieved', numeric: true }], needRows)
      : el('p', { class: 'sf-note' }, p.phase === FIRST_PHASE ? 'The 2012 to 2015 programme judged families by its three ' +
        'criteria, not by needs.' : 'No needs identified yet.'),
    disclosureNote(o));
}

async function claimsSection(target, asOf, phase) {
  const c = await report('claims', { asOf, phase });
  const cells = r => [[count(r.made), 'made'], [count(r.approved), 'approved'], [count(r.rejected), 'rejected'],
    [count(r.submitted), 'submitted'], [count(r.outstanding), 'outstanding'],
    [pounds(r.madeAmount, true), 'madeAmount'], [pounds(r.approvedAmount, true), 'approvedAmount'],
    [pounds(r.submittedAmount, true), 'submittedAmount'], [pounds(r.outstandingAmount, true), 'outstandingAmount']];
  const rows = (c.rows || []).map(r => row(null,
    `Year ${r.programmeYear}: ${RESULT_TYPES[r.resultType] || r.resultType}`, cells(r)));
  if (!rows.length) {
    target.show(el('p', { class: 'sf-empty' }, `No claims made by ${ukDate(asOf)}.`));
    return;
  }
  target.show(
    table(`Payment-by-results claims as at ${ukDate(asOf)}`, [
      { label: 'Programme year and result' }, { label: 'Made', numeric: true }, { label: 'Approved', numeric: true },
      { label: 'Rejected', numeric: true }, { label: 'Submitted', numeric: true }, { label: 'Outstanding', numeric: true },
      { label: 'Made (£)', numeric: true }, { label: 'Approved (£)', numeric: true }, { label: 'Submitted (£)', numeric: true },
      { label: 'Outstanding (£)', numeric: true }], rows, c.totals ? row({ class: 'sf-total' }, 'Total', cells(c.totals)) : null),
    disclosureNote(c));
}

async function claimReturnsSection(target) {
  const response = await fetch(apiRoot() + '/claim-returns', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error('the claim returns answered ' + response.status);
  }
  const list = (await response.json()).returns || [];
  const status = { AWAITING_SIGN_OFF: 'Awaiting the coordinator\'s sign-off', SUBMITTED: 'Submitted' };
  const rows = list.map(r => el('tr', { 'data-reference': r.reference },
    el('th', { scope: 'row' }, r.reference),
    el('td', null, `${ukDate(r.windowFrom)} to ${ukDate(r.windowTo)}`),
    el('td', { 'data-measure': 'status' }, status[r.status] || r.status),
    el('td', { class: 'num', 'data-measure': 'claims' }, count(r.claims)),
    el('td', { class: 'num', 'data-measure': 'results' }, count(r.results)),
    el('td', { class: 'num', 'data-measure': 'total' }, pounds(r.total, true)),
    el('td', null, r.signedOffBy ? `${r.signedOffBy}, ${ukDate(r.signedOffAt)}` : '–'),
    // the family-by-family CSV is offered to those who may read it (the coordinator)
    el('td', null, r.csv ? el('a', { href: apiRoot() + '/claim-returns/' + encodeURIComponent(r.reference) + '.csv' }, 'CSV') : '–')));
  if (!list.length) {
    target.show(el('p', { class: 'sf-empty' }, 'No claim returns yet: the first claim window opens at the start of the next quarter.'));
    return;
  }
  target.show(
    table('Claim returns to the department, latest first', [
      { label: 'Return' }, { label: 'Claims recorded' }, { label: 'Status' }, { label: 'Claims', numeric: true },
      { label: 'Results', numeric: true }, { label: 'Total', numeric: true }, { label: 'Signed off' }, { label: 'Download' }], rows));
}

async function activitySection(target, asOf, phase) {
  const a = await report('activity', { asOf, phase });
  const rows = (a.rows || []).map(r => row({ 'data-lead-service': r.leadService }, r.leadServiceName || r.leadService, [
    [count(r.level2), 'level2'], [count(r.level3), 'level3'], [count(r.level4), 'level4'], [count(r.total), 'total']]));
  const blank = ['', null];
  rows.push(row({ 'data-lead-service': 'NFA' }, 'No further action required', [blank, blank, blank, [count(a.noFurtherAction), 'total']]));
  rows.push(row({ 'data-lead-service': 'PREVIOUS' }, 'Previously worked with', [blank, blank, blank, [count(a.previouslyWorkedWith), 'total']]));
  target.show(table(`Current activity by household and lead service (Table 2), as at ${ukDate(asOf)}`, [
    { label: 'Lead service' }, { label: 'Level 2', numeric: true }, { label: 'Level 3', numeric: true },
    { label: 'Level 4', numeric: true }, { label: 'Households', numeric: true }],
  rows, row({ class: 'sf-total' }, 'Total number of households', [blank, blank, blank, [count(a.total), 'total']])),
  disclosureNote(a));
}

async function capacitySection(target) {
  const c = await report('capacity');
  const rows = (c.services || []).map(s => el('tr', { 'data-lead-service': s.leadService },
    el('th', { scope: 'row' }, LEAD_SERVICES[s.leadService] || s.leadService),
    el('td', { class: 'num' }, count((s.keyWorkers || []).length)),
    el('td', { class: 'num', 'data-measure': 'places' }, count(s.places)),
    el('td', { class: 'num', 'data-measure': 'liveFamilies' }, count(s.liveFamilies)),
    el('td', null, capacityBar(Number(s.liveFamilies), Number(s.places))),
    el('td', { class: 'num', 'data-measure': 'familiesWaiting' }, count(s.familiesWaiting))));
  target.show(
    el('p', null, `At most ${count(c.cap)} families per key worker, whatever programme phase they were referred under; ` +
      `${count(c.familiesWaiting)} families waiting for a place.`),
    table('Key-worker capacity by lead service, now', [
      { label: 'Lead service' }, { label: 'Key workers', numeric: true }, { label: 'Places', numeric: true },
      { label: 'Live families', numeric: true }, { label: 'Places taken' }, { label: 'Families waiting', numeric: true }], rows));
}

// ---- the plugin --------------------------------------------------------------------------------------

const STYLE = `
.sf-dashboard { margin: 0 0 24px; font-size: 14px; color: #222; }
.sf-dashboard h2 { font-size: 20px; margin: 8px 0 4px; }
.sf-dashboard h3 { font-size: 16px; margin: 20px 0 8px; border-bottom: 1px solid #ccc; padding-bottom: 4px; }
.sf-dashboard .sf-controls { margin: 8px 0; }
.sf-dashboard .sf-controls label { font-weight: normal; margin-right: 6px; }
.sf-dashboard .sf-table { border-collapse: collapse; margin: 8px 0 12px; min-width: 50%; }
.sf-dashboard .sf-table caption { text-align: left; font-weight: bold; color: #333; padding: 4px 0; caption-side: top; }
.sf-dashboard .sf-table th, .sf-dashboard .sf-table td { border: 1px solid #d0d0d0; padding: 3px 8px; vertical-align: middle; }
.sf-dashboard .sf-table thead th { background: #f2f2f2; }
.sf-dashboard .sf-table tbody th, .sf-dashboard .sf-table tfoot th { text-align: left; font-weight: normal; }
.sf-dashboard .sf-table .num { text-align: right; font-variant-numeric: tabular-nums; }
.sf-dashboard .sf-table .sf-total th, .sf-dashboard .sf-table .sf-total td, .sf-dashboard .sf-table tr.sf-council th,
.sf-dashboard .sf-table tr.sf-council td { font-weight: bold; }
.sf-dashboard .sf-chart-box { overflow-x: auto; }
.sf-dashboard .sf-chart { max-width: 100%; height: auto; font-family: inherit; }
.sf-dashboard .sf-grid { stroke: #e3e3e3; stroke-width: 1; }
.sf-dashboard .sf-axis { font-size: 11px; fill: #555; }
.sf-dashboard .sf-label { font-size: 12px; fill: #222; }
.sf-dashboard .sf-label.sf-council { font-weight: bold; }
.sf-dashboard .sf-value { font-size: 10px; fill: #333; }
.sf-dashboard .sf-legend { list-style: none; padding: 0; margin: 4px 0; }
.sf-dashboard .sf-legend li { display: inline-block; margin-right: 16px; }
.sf-dashboard .sf-swatch { display: inline-block; width: 18px; height: 0; border-top: 4px solid; margin-right: 6px; vertical-align: middle; }
.sf-dashboard .sf-swatch.dashed { border-top-style: dashed; }
.sf-dashboard .sf-error { color: #b3261e; }
.sf-dashboard .sf-phase-title { font-size: 15px; margin: 0 0 4px; color: #444; }
.sf-dashboard .sf-note { color: #555; font-style: italic; }
.sf-dashboard .sf-controls select { margin-right: 12px; }
.sf-dashboard .sf-note { color: #555; font-size: 12px; max-width: 60em; }
`;

let generation = 0;

function load(container, asOf, phase) {
  const mine = ++generation;
  const today = isoDate(new Date());
  const parts = {
    targets: section('targets', 'Families identified, worked with and turned around against the target'),
    outcomes: section('outcomes', 'Successful family outcomes'),
    performance: section('performance', 'Against statistical neighbours'),
    activity: section('activity', 'Current activity by lead service'),
    funding: section('funding', 'Funding'),
    claims: section('claims', 'Claims'),
    returns: section('returns', 'Claim returns'),
    capacity: section('capacity', 'Key-worker capacity')
  };
  container.replaceChildren(...Object.values(parts).map(p => p.node));
  const guard = (part, work) => work.catch(error => {
    if (mine === generation) {
      part.fail(error);
    }
    return null;
  });
  const targets = guard(parts.targets, targetsSection(parts.targets, asOf, today, phase));
  guard(parts.funding, targets.then(t => fundingSection(parts.funding, t && t.years, phase)));
  guard(parts.outcomes, outcomesSection(parts.outcomes, asOf, phase));
  guard(parts.performance, performanceSection(parts.performance, asOf, phase));
  guard(parts.activity, activitySection(parts.activity, asOf, phase));
  guard(parts.claims, claimsSection(parts.claims, asOf, phase));
  guard(parts.returns, claimReturnsSection(parts.returns));
  guard(parts.capacity, capacitySection(parts.capacity));
}

/**
 * The phases the council runs or has run, the phase of new referrals first chosen; a selector where there
 * are several. Unknown (the report failing) leaves the choice to the reports' own default.
 */
async function phaseChoice(select, label, title) {
  let phases = [];
  try {
    phases = (await report('targets', {})).phases || [];
  } catch (ignored) {
    // each section says what failed
  }
  const current = phases.find(p => p.current) || phases[phases.length - 1];
  select.replaceChildren(...phases.map(p => el('option', { value: p.phase, selected: p === current }, p.title)));
  const several = phases.length > 1;
  select.hidden = !several;
  label.hidden = !several;
  title.textContent = current ? current.title : '';
  return current ? current.phase : undefined;
}

export default {
  id: 'strengthening-families-dashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,
  render(node) {
    const today = isoDate(new Date());
    const style = el('style', null, STYLE);
    const input = el('input', { type: 'date', id: 'sf-as-of', value: today, max: '9999-12-31', required: true });
    const phaseLabel = el('label', { for: 'sf-phase', hidden: true }, 'Programme');
    const phase = el('select', { id: 'sf-phase', hidden: true });
    const title = el('p', { class: 'sf-phase-title', id: 'sf-phase-title' });
    const sections = el('div', { class: 'sf-sections' });
    const form = el('form', { class: 'sf-controls' },
      phaseLabel, phase, ' ',
      el('label', { for: 'sf-as-of' }, 'Figures as at'), input, ' ',
      el('button', { type: 'submit', class: 'btn btn-default btn-sm' }, 'Show'));
    const show = () => {
      const chosen = phase.value || undefined;
      const option = phase.selectedOptions && phase.selectedOptions[0];
      title.textContent = option ? option.textContent : title.textContent;
      load(sections, input.value || today, chosen);
    };
    form.addEventListener('submit', event => {
      event.preventDefault();
      if (input.value) {
        show();
      }
    });
    phase.addEventListener('change', show);
    node.appendChild(el('div', { class: 'sf-dashboard', id: 'sf-dashboard' }, style,
      el('h2', null, 'Strengthening Families programme'), title, form, sections));
    phaseChoice(phase, phaseLabel, title).then(current => load(sections, today, current));
  },
  unmount() {
    // a late answer for a dashboard no longer shown is dropped
    generation++;
  },
  properties: {
    label: 'Strengthening Families programme'
  }
};
