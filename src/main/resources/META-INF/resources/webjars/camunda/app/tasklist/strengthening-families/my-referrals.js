// Strengthening Families: what happened to a referral, for the referrer, in Tasklist.
//
// Tasklist answers every start with the same three-second "The process has been started." A referral
// that ends at once (signposted to other services) must tell the referrer so, and why. After a
// family-case starts, this script asks the referral API (GET /api/referrals/{familyRef}, with the
// Tasklist session) where the referral stands and shows it in a panel that stays until it is closed.
// "My referrals" in the header lists the referrer's referrals and where each stands
// (GET /api/referrals); it shows only to users the API answers (referrers, the coordinator).
const angular = window.angular;

const STYLE = `
.sf-referrals-overlay { position: fixed; inset: 0; background: rgba(0,0,0,.35); z-index: 2000;
  display: flex; align-items: flex-start; justify-content: center; padding-top: 70px; }
.sf-referrals-box { background: #fff; border-radius: 4px; box-shadow: 0 4px 24px rgba(0,0,0,.3);
  width: min(980px, 94vw); max-height: calc(100vh - 120px); overflow: auto; padding: 20px 24px; font-size: 14px; }
.sf-referrals-box h2 { margin: 0 0 12px; font-size: 20px; }
.sf-referrals-box .sf-detail { margin: 8px 0 16px; line-height: 1.5; }
.sf-referrals-box .sf-status { display: inline-block; padding: 2px 8px; border-radius: 3px; font-weight: 600; }
.sf-status[data-status="NOT_ELIGIBLE"], .sf-status[data-status="REJECTED"] { background: #fdecea; color: #8a1c12; }
.sf-status[data-status="WITH_PANEL"], .sf-status[data-status="RECEIVED"],
.sf-status[data-status="MORE_INFORMATION_REQUESTED"] { background: #fff4e0; color: #7a4b00; }
.sf-status[data-status="ACCEPTED"], .sf-status[data-status="KEY_WORKER_ALLOCATED"],
.sf-status[data-status="NO_FURTHER_ACTION"] { background: #e8f5e9; color: #1b5e20; }
.sf-status[data-status="CLOSED"] { background: #eceff1; color: #37474f; }
.sf-referrals-box table { width: 100%; border-collapse: collapse; margin: 8px 0; }
.sf-referrals-box th, .sf-referrals-box td { text-align: left; vertical-align: top; padding: 6px 8px;
  border-bottom: 1px solid #ddd; }
.sf-referrals-box td:first-child, .sf-referrals-box td:nth-child(2) { white-space: nowrap; }
.sf-referrals-box .sf-actions { display: flex; gap: 8px; justify-content: flex-end; margin-top: 12px; }
`;

function apiRoot() {
  const base = document.querySelector('base');
  const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  return appRoot.replace(/\/[^/]*\/?$/, '') + '/api';
}

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.flat().forEach(child => node.append(child === null || child === undefined ? '' : child));
  return node;
}

function ukDate(iso) {
  if (!iso) {
    return '';
  }
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

function ukDateTime(instant) {
  if (!instant) {
    return '';
  }
  const when = new Date(instant);
  const two = n => String(n).padStart(2, '0');
  return `${two(when.getDate())}/${two(when.getMonth() + 1)}/${when.getFullYear()} ${two(when.getHours())}:${two(when.getMinutes())}`;
}

async function api(path) {
  const response = await fetch(apiRoot() + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    const error = new Error('The referral service answered ' + response.status);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

function ensureStyle() {
  if (!document.getElementById('sf-referrals-style')) {
    document.head.appendChild(el('style', { id: 'sf-referrals-style' }, STYLE));
  }
}

/** A panel over Tasklist that stays until closed (button, Escape or a click beside it). */
function showPanel(id, title, ...content) {
  ensureStyle();
  const existing = document.getElementById(id);
  if (existing) {
    existing.remove();
  }
  const close = el('button', { type: 'button', class: 'btn btn-primary', 'data-action': 'close' }, 'Close');
  const box = el('div', { class: 'sf-referrals-box', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': id + '-title' },
    el('h2', { id: id + '-title' }, title), ...content, el('div', { class: 'sf-actions' }, close));
  const overlay = el('div', { class: 'sf-referrals-overlay', id }, box);
  const dismiss = () => {
    overlay.remove();
    document.removeEventListener('keydown', onKey);
  };
  const onKey = event => {
    if (event.key === 'Escape') {
      dismiss();
    }
  };
  close.addEventListener('click', dismiss);
  overlay.addEventListener('click', event => {
    if (event.target === overlay) {
      dismiss();
    }
  });
  document.addEventListener('keydown', onKey);
  document.body.appendChild(overlay);
  close.focus();
  return box;
}

function statusBadge(referral) {
  return el('span', { class: 'sf-status', 'data-status': referral.status }, referral.statusText);
}

async function showOutcome(familyRef) {
  let referral;
  try {
    referral = await api('/referrals/' + encodeURIComponent(familyRef));
  } catch (error) {
    return; // not a referral this user may follow (e.g. a case started by the coordinator's data run)
  }
  const box = showPanel('sf-referral-outcome', `Referral ${referral.familyRef}: ${referral.statusText}`,
    el('p', null, 'Status: ', statusBadge(referral)),
    el('p', { class: 'sf-detail', 'data-field': 'detail' }, referral.detail),
    el('p', null, referral.status === 'NOT_ELIGIBLE'
      ? 'The case has ended. You can refer the family again if their circumstances change.'
      : 'You can follow it under "My referrals" at the top of Tasklist.'));
  const mine = el('button', { type: 'button', class: 'btn btn-default', 'data-action': 'my-referrals' }, 'My referrals');
  mine.addEventListener('click', () => showMyReferrals(0));
  box.querySelector('.sf-actions').prepend(mine);
}

async function showMyReferrals(page) {
  const body = el('div', { 'data-state': 'loading' }, 'Loading…');
  const box = showPanel('sf-my-referrals', 'My referrals', body);
  let answer;
  try {
    answer = await api('/referrals?page=' + page + '&size=20');
  } catch (error) {
    body.setAttribute('data-state', 'failed');
    body.textContent = 'Your referrals could not be loaded (' + error.message + ').';
    return;
  }
  body.setAttribute('data-state', 'ready');
  body.textContent = '';
  if (answer.referrals.length === 0) {
    body.append(el('p', null, 'You have not made any referrals yet.'));
    return;
  }
  const rows = answer.referrals.map(r => el('tr', { 'data-family-ref': r.familyRef },
    el('td', null, r.familyRef), el('td', null, ukDate(r.referredOn)), el('td', null, statusBadge(r)),
    el('td', { 'data-field': 'detail' }, r.detail), el('td', null, ukDateTime(r.updatedAt))));
  body.append(el('table', { class: 'sf-my-referrals' },
    el('thead', null, el('tr', null, ['Family', 'Referred on', 'Status', 'What it means', 'Since'].map(h => el('th', null, h)))),
    el('tbody', null, rows)));
  const first = answer.page * answer.size + 1;
  body.append(el('p', null, `${first}–${first + answer.referrals.length - 1} of ${answer.total}, newest first.`));
  const actions = box.querySelector('.sf-actions');
  if (answer.page > 0) {
    const newer = el('button', { type: 'button', class: 'btn btn-default' }, 'Newer');
    newer.addEventListener('click', () => showMyReferrals(answer.page - 1));
    actions.prepend(newer);
  }
  if (first + answer.referrals.length - 1 < answer.total) {
    const older = el('button', { type: 'button', class: 'btn btn-default' }, 'Older');
    older.addEventListener('click', () => showMyReferrals(answer.page + 1));
    actions.prepend(older);
  }
}

// Tasklist's start form posts .../process-definition/{id}/submit-form and gets the new instance back.
const SubmitForm = /\/process-definition\/[^/]+\/submit-form$/;
const originalOpen = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (String(method).toUpperCase() === 'POST' && SubmitForm.test(String(url).split('?')[0])) {
    this.addEventListener('load', () => {
      if (this.status !== 200) {
        return;
      }
      try {
        const started = JSON.parse(this.responseText);
        if (started && started.businessKey && String(started.definitionId || '').startsWith('family-case:')) {
          showOutcome(started.businessKey);
        }
      } catch (ignored) {
        // not JSON: nothing to show
      }
    });
  }
  return originalOpen.call(this, method, url, ...rest);
};

// a panel belongs to the user who saw it: logging out (or the session ending) takes it away
angular.module('cam.tasklist').run(['$rootScope', function ($rootScope) {
  $rootScope.$on('authentication.changed', () => {
    ['sf-referral-outcome', 'sf-my-referrals'].forEach(id => {
      const panel = document.getElementById(id);
      if (panel) {
        panel.remove();
      }
    });
  });
}]);

angular.module('cam.tasklist').config(['ViewsProvider', function (ViewsProvider) {
  ViewsProvider.registerDefaultView('tasklist.navbar.action', {
    id: 'sf-my-referrals-action',
    priority: 150,
    template: '<a href="" ng-show="sfMayRefer" ng-click="sfShowMyReferrals()" id="sf-my-referrals-link" '
      + 'title="Your referrals and where each stands">My referrals</a>',
    controller: ['$scope', function ($scope) {
      $scope.sfMayRefer = false;
      $scope.sfShowMyReferrals = () => showMyReferrals(0);
      api('/referrals?size=1').then(() => $scope.$evalAsync(() => {
        $scope.sfMayRefer = true;
      }), () => undefined);
    }]
  });
}]);
