/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

export default {
  // Strengthening Families: Tasklist as council staff use it.
  //
  // Our scripts live in ../strengthening-families/ (paths relative to app/tasklist/, without
  // ".js"). One script does one job; an engineer adding one adds one line here, with a comment.
  customScripts: [
    // form-js fixes: Complete/Start never dead without a reason, and clears when the cause is gone
    'strengthening-families/tasklist-fixes',
    // dd/mm/yyyy in every form's date fields, Monday first in the calendar
    'strengthening-families/uk-dates',
    // a refused Complete/Start: the server's plain-words message beside the button
    'strengthening-families/refusals',
    // the task list: search by family reference first, no "Create task"
    'strengthening-families/task-list',
    // the referrer's referrals and what became of each (issue 16)
    'strengthening-families/my-referrals',
    // the family's chronology beside every task of the family (issue 14)
    'strengthening-families/chronology'
  ],
  // Tasklist's own dates (task created, due, follow-up) the UK way (moment.js formats)
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'D MMM YYYY, HH:mm',
    normal: 'D MMMM YYYY, HH:mm',
    long: 'dddd D MMMM YYYY, HH:mm',
    short: 'D MMMM YYYY'
  },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
