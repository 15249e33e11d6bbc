// Strengthening Families: a refused Complete or Start says why, in plain words, beside the button.
//
// When the server refuses a submission (a 4xx: a rule of the programme, a field it cannot accept)
// its answer carries a sentence for staff ({"message": ..., "problems": [{"field", "message"}]}).
// Tasklist would show that at the top of the page (or of the start dialogue), out of sight of the
// button, for a few seconds. Here it is shown next to the button instead, and stays until the user
// changes an answer or tries again. Anything else (the server unreachable, a 5xx) keeps Tasklist's
// own notification, with a line beside the button as well.
import { clearNote, showNote } from './button-notes.js';
import { extendTasklistForm } from './tasklist-form.js';

const angular = window.angular;
const KIND = 'refusal';
const SERVER_TROUBLE = 'The server could not take your answers just now. They are still here: try again in a moment, '
  + 'and tell the service desk if it keeps happening.';

function refusalOf(err) {
  if (!err) {
    return null;
  }
  const response = err.response || {};
  const status = err.status || response.status || response.statusCode;
  const body = response.body && typeof response.body === 'object' ? response.body : {};
  if (status >= 400 && status < 500) {
    const problems = Array.isArray(body.problems) ? body.problems.map((p) => p && p.message).filter(Boolean) : [];
    return { message: body.message || err.message || 'Your answers could not be accepted.', problems };
  }
  return null;
}

function show(element, message, problems) {
  showNote(element, KIND, 'danger', message, problems.length > 1 ? problems : []);
}

function clear(element) {
  clearNote(element, KIND);
}

// the message of a refusal shown beside the button is not shown a second time at the top
const shownBesideTheButton = new Set();

angular.module('cam.tasklist.form').config(['$provide', function ($provide) {
  $provide.decorator('Notifications', ['$delegate', function ($delegate) {
    const addError = $delegate.addError;
    $delegate.addError = function (notification) {
      if (notification && shownBesideTheButton.has(notification.message)) {
        shownBesideTheButton.delete(notification.message);
        return undefined;
      }
      return addError.apply(this, arguments);
    };
    return $delegate;
  }]);
}]);

extendTasklistForm(function ($scope, element, $injector) {
  const $timeout = $injector.get('$timeout');
  const completed = $scope.onFormCompletionCallback;
  $scope.onFormCompletionCallback = function (err, result) {
    if (err && typeof err === 'object' && !(err instanceof Error) && !err.status && !err.message) {
      // form-js refused before sending (its error map): the fields and the note beside the
      // button say what is missing; Tasklist's empty "could not be completed" would add nothing
      if (!element.closest('.modal-content')) {
        return undefined;
      }
      err.message = 'camForm submission prevented'; // the start dialogue's own word for this
      return completed.apply(this, arguments);
    }
    const refusal = refusalOf(err);
    if (refusal) {
      shownBesideTheButton.add(refusal.message);
      $timeout(() => shownBesideTheButton.delete(refusal.message), 5000, false);
      $timeout(() => show(element, refusal.message, refusal.problems), 0, false);
    } else if (err && (err.message || err.status)) {
      $timeout(() => show(element, SERVER_TROUBLE, []), 0, false);
    } else if (!err) {
      clear(element);
    }
    return completed.apply(this, arguments);
  };
  // the user acts: the message has been read
  const acted = (event) => {
    if (!event.sfRecheck && (event.type !== 'mousedown' || event.target.closest('.fjs-dropdownlist-item'))) {
      clear(element);
    }
  };
  ['input', 'change', 'mousedown'].forEach((type) => element.addEventListener(type, acted, true));
  $scope.$on('$destroy', () => {
    ['input', 'change', 'mousedown'].forEach((type) => element.removeEventListener(type, acted, true));
    clear(element);
  });
});
