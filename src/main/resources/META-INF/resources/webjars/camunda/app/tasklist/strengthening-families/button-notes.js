// Strengthening Families: a short note beside a form's Complete (task) or Start (start dialogue)
// button, used by tasklist-fixes.js (why the button is not available) and refusals.js (why the
// server refused). One note of each kind at a time.

// the button: Complete inside the task form, Start in the footer of the start dialogue
export function buttonNear(formElement) {
  // the start dialogue's form has a Complete button of its own, hidden
  const own = formElement.querySelector('button[ng-click="complete()"]');
  if (own && own.offsetParent !== null) {
    return own;
  }
  const modal = formElement.closest('.modal-content');
  return modal ? modal.querySelector('.modal-footer button.btn-primary') : null;
}

function around(formElement) {
  return formElement.closest('.modal-content') || formElement;
}

export function clearNote(formElement, kind) {
  around(formElement).querySelectorAll(`[data-sf-note="${kind}"]`).forEach((node) => node.remove());
}

/**
 * Shows {@code message} (and {@code items}, a list of strings or of {text, onClick}) beside the
 * button, replacing an earlier note of the same kind; unchanged text is left alone.
 */
export function showNote(formElement, kind, style, message, items = []) {
  const signature = JSON.stringify([message, items.map((item) => (typeof item === 'string' ? item : item.text))]);
  const existing = around(formElement).querySelector(`[data-sf-note="${kind}"]`);
  if (existing && existing.getAttribute('data-sf-signature') === signature) {
    return existing;
  }
  clearNote(formElement, kind);
  const note = document.createElement('div');
  note.className = `sf-note sf-${kind} alert alert-${style}`;
  note.setAttribute('role', kind === 'refusal' ? 'alert' : 'status');
  note.setAttribute('data-sf-note', kind);
  note.setAttribute('data-sf-signature', signature);
  note.style.margin = '8px 0';
  note.style.textAlign = 'left';
  const text = document.createElement('p');
  text.style.margin = '0';
  text.textContent = message;
  note.appendChild(text);
  if (items.length) {
    const list = document.createElement('ul');
    list.style.margin = '4px 0 0';
    items.forEach((item) => {
      const entry = document.createElement('li');
      if (typeof item === 'string') {
        entry.textContent = item;
      } else {
        const link = document.createElement('a');
        link.href = '';
        link.textContent = item.text;
        link.addEventListener('click', (event) => {
          event.preventDefault();
          item.onClick();
        });
        entry.appendChild(link);
      }
      list.appendChild(entry);
    });
    note.appendChild(list);
  }
  const button = buttonNear(formElement);
  if (button && button.parentNode) {
    button.parentNode.insertBefore(note, button);
  } else {
    formElement.appendChild(note);
  }
  return note;
}
