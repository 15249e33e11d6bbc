// Strengthening Families: the family's chronology beside every task of a family (plugin point
// tasklist.task.detail, a tab). It reads /api/tasks/{taskId}/chronology with the Tasklist session:
// the family's key worker, the coordinator and administrators see every event of the case, oldest
// first; anyone else is told who may read it. Nothing is fetched from another site.

const STYLE = `
.sf-chronology { padding: 8px 0; }
.sf-chronology table { width: 100%; border-collapse: collapse; font-size: 13px; }
.sf-chronology th, .sf-chronology td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid #e5e5e5; }
.sf-chronology th { background: #f5f5f5; }
.sf-chronology td.sf-date, .sf-chronology td.sf-who { white-space: nowrap; }
.sf-chronology .sf-category { display: inline-block; font-size: 11px; padding: 0 4px; border-radius: 3px; background: #e8eef7; color: #1f3d66; }
.sf-chronology tr.sf-agency td { color: #555; }
.sf-chronology tr.sf-agency .sf-category { background: #f1ece2; color: #5c4a1f; }
.sf-chronology .sf-csv { margin-left: 1em; }
`;

const CATEGORIES = {
  REFERRAL: 'Referral', IDENTIFICATION: 'Identification', PANEL: 'Panel', ALLOCATION: 'Allocation', CONSENT: 'Consent',
  TAF: 'Team Around the Family', PLAN: 'Family plan', SUPPORT: 'Support', REVIEW: 'Review', EVIDENCE: 'Evidence',
  OUTCOMES: 'Outcomes', STEP: 'Step', AUDIT: 'Audit', CLAIM: 'Claim', CLOSURE: 'Closure', AGENCY_DATA: 'Agency data'
};

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.flat().forEach(child => node.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return node;
}

/** The webapps live at <context path>/<application path> (app-root); the project's API at <context path>/api. */
function apiRoot() {
  const base = document.querySelector('base');
  const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  return appRoot.replace(/\/[^/]*\/?$/, '') + '/api';
}

/** yyyy-MM-dd as dd/mm/yyyy, without time zones moving the day. */
function ukDate(iso) {
  const [y, m, d] = String(iso).split('-');
  return d + '/' + m + '/' + y;
}

async function load(node, taskId) {
  node.setAttribute('data-state', 'loading');
  node.replaceChildren(el('p', null, 'Loading the chronology…'));
  const response = await fetch(apiRoot() + '/tasks/' + encodeURIComponent(taskId) + '/chronology', {
    credentials: 'same-origin', headers: { Accept: 'application/json' }
  });
  let body = null;
  try {
    body = await response.json();
  } catch (ignored) {
    // not JSON: the status says enough
  }
  if (!response.ok) {
    node.setAttribute('data-state', response.status === 403 ? 'refused' : 'error');
    node.replaceChildren(el('p', { class: 'sf-message' }, (body && body.message) || response.statusText));
    return;
  }
  const rows = body.entries.map(entry => el('tr', { class: entry.category === 'AGENCY_DATA' ? 'sf-agency' : '' },
    el('td', { class: 'sf-date' }, ukDate(entry.on)),
    el('td', null, el('span', { class: 'sf-category' }, CATEGORIES[entry.category] || entry.category)),
    el('td', { class: 'sf-what' }, entry.what),
    el('td', { class: 'sf-who' }, entry.who)));
  const csv = el('a', { class: 'sf-csv', href: apiRoot() + '/families/' + encodeURIComponent(body.familyRef) + '/chronology?format=csv' },
    'Download as CSV');
  node.replaceChildren(
    el('p', null, el('strong', null, 'Chronology of ' + body.familyRef), ', oldest first: ' + body.entries.length + ' events.', csv),
    el('table', { id: 'sf-chronology-table' },
      el('thead', null, el('tr', null, el('th', { scope: 'col' }, 'Date'), el('th', { scope: 'col' }, 'Kind'),
        el('th', { scope: 'col' }, 'What happened'), el('th', { scope: 'col' }, 'Who'))),
      el('tbody', null, rows)));
  node.setAttribute('data-state', 'ready');
}

export default {
  id: 'strengthening-families-chronology',
  pluginPoint: 'tasklist.task.detail',
  priority: 500,
  render(node, { taskId }) {
    const content = el('div', { id: 'sf-chronology', class: 'sf-chronology' });
    node.appendChild(el('div', null, el('style', null, STYLE), content));
    load(content, taskId).catch(error => {
      content.setAttribute('data-state', 'error');
      content.replaceChildren(el('p', { class: 'sf-message' }, 'The chronology could not be loaded: ' + error));
    });
  },
  properties: {
    label: 'Chronology'
  }
};
