// Strengthening Families: Complete and Start are never dead without a reason.
//
// Tasklist disables "Complete"/"Start" whenever form-js reports any error key in its `changed`
// event. form-js 1.8.7 keeps keys it no longer means: a field inside a dynamic list (household
// members, plan actions, children's school data) stays in the error map with an empty array once
// edited, and a field hidden by a condition ("Reason for rejecting" after Reject then Approve, the
// signing date) or revalidated by another field keeps its old error. The button then stays grey
// with nothing on screen to say why, until the page is reloaded.
//
// Here the form counts as invalid exactly while form-js shows an error on screen, judged after
// form-js has drawn the change (it draws after its `changed` event), and again whenever what it
// shows changes. A field whose rule depends on another ("Level of need" on the lead service) is
// checked again when the user changes something else, so its error goes once the cause has gone.
// While the button is disabled a note beside it says why: the answers that need
// attention (each a link to the field), a task not claimed, a task no longer open. Completing still
// runs form-js's full validation first, and the server validates every submission again.
import { clearNote, showNote } from './button-notes.js';
import { extendTasklistForm } from './tasklist-form.js';

const KIND = 'why';

function labelOf(field) {
  const label = field.querySelector('label');
  const text = label ? label.textContent.replace(/\s*\(required\)\s*\*?\s*$/i, '').replace(/\s*\*\s*$/, '').replace(/\s+/g, ' ').trim() : '';
  return text || 'An answer';
}

function shownErrors(container) {
  return Array.from(container.querySelectorAll('.fjs-form-field.fjs-has-errors'))
    .filter((field) => field.offsetParent !== null)
    .map((field) => {
      const error = field.querySelector('.fjs-form-field-error');
      const message = error ? error.textContent.replace(/\s+/g, ' ').trim() : 'needs attention';
      return {
        text: `${labelOf(field)}: ${message}`,
        onClick: () => {
          field.scrollIntoView({ block: 'center' });
          const input = field.querySelector('input, textarea, select');
          if (input) {
            input.focus();
          }
        }
      };
    });
}

extendTasklistForm(function ($scope, element) {
  const notify = this.notifyFormValidated;
  let reported = null;
  let pending = null;

  const container = () => element.querySelector('.fjs-container');
  const report = (invalid) => {
    if (invalid !== reported) {
      reported = invalid;
      notify.call(this, invalid);
    }
  };
  // after form-js has drawn: invalid while it shows an error
  const judge = () => {
    pending = null;
    const form = container();
    if (form) {
      report(shownErrors(form).length > 0);
      describe();
    }
  };
  const judgeSoon = () => {
    if (pending === null) {
      pending = window.requestAnimationFrame(() => window.setTimeout(judge, 0));
    }
  };

  this.notifyFormValidated = (invalid) => {
    if (!container()) {
      // not a Camunda Form (generic or embedded form): Tasklist's own judgement
      reported = invalid;
      notify.call(this, invalid);
      return;
    }
    judgeSoon();
  };

  // the user changed something: fields showing an error are checked again with the new answers
  const recheckOthers = (event) => {
    if (event.sfRecheck || !container()) {
      return;
    }
    if (event.type === 'mousedown' && !event.target.closest('.fjs-dropdownlist-item')) {
      return;
    }
    const source = event.target.closest('.fjs-form-field');
    window.setTimeout(() => {
      const form = container();
      (form ? Array.from(form.querySelectorAll('.fjs-form-field.fjs-has-errors')) : [])
        .filter((field) => field !== source && !field.contains(source))
        .forEach((field) => {
          const input = field.querySelector('input:not([type=checkbox]):not([type=radio]), textarea');
          if (input && !input.disabled && !input.readOnly) {
            const again = new Event('input', { bubbles: true });
            again.sfRecheck = true;
            input.dispatchEvent(again);
          }
        });
    }, 50);
  };
  ['input', 'change', 'mousedown'].forEach((type) => element.addEventListener(type, recheckOthers, true));

  const observer = new MutationObserver(judgeSoon);
  observer.observe(element, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });

  // the note beside the button, for every reason Tasklist has to disable it
  const reason = () => {
    if (!$scope.$loaded || $scope.completeInProgress) {
      return null;
    }
    if ($scope.taskRemoved) {
      return { message: 'This task is no longer open: someone has completed it or the case has moved on. '
          + 'Choose another task from the list.', items: [] };
    }
    if ($scope.options && $scope.options.disableCompleteButton) {
      return { message: 'You can complete this task once you have claimed it: choose "Claim" at the top '
          + 'of the task.', items: [] };
    }
    if ($scope.$invalid) {
      const form = container();
      const errors = form ? shownErrors(form) : [];
      return { message: errors.length === 1 ? 'One answer needs attention before you can go on:'
          : `${errors.length || 'Some'} answers need attention before you can go on:`, items: errors };
    }
    return null;
  };
  const describe = () => {
    const why = reason();
    if (why) {
      showNote(element, KIND, 'warning', why.message, why.items);
    } else {
      clearNote(element, KIND);
    }
  };
  $scope.$watch(() => {
    const why = reason();
    return why ? why.message + why.items.map((item) => item.text).join('|') : '';
  }, describe);

  $scope.$on('$destroy', () => {
    observer.disconnect();
    ['input', 'change', 'mousedown'].forEach((type) => element.removeEventListener(type, recheckOthers, true));
    if (pending !== null) {
      window.cancelAnimationFrame(pending);
    }
    clearNote(element, KIND);
  });
});
