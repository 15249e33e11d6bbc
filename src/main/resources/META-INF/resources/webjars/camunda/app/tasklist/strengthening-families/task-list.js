// Strengthening Families: the task list's search box finds a family by its reference.
//
// A case's business key is its family reference (MK-000123), and every task name carries it too.
// Tasklist's search box starts a new search with the criterion marked "default" in its search
// configuration, "Name like"; here the default is the business key ("like", so part of a reference
// will do), so typing a reference and pressing Enter finds the family's tasks. The other criteria
// stay in the list.
const angular = window.angular;
const FAMILY_REFERENCE = 'processInstanceBusinessKey';

// Tasklist's own words for these two, replaced where they are looked up (its translation table is
// loaded from the webjar, so it is not edited here)
const WORDING = {
  PROCESS_INSTANCE_BUSINESS_KEY: 'Family reference',
  SEARCH_PLACEHOLDER: 'Search by family reference, or choose another criterion...'
};

angular.module('cam.tasklist').config(['$provide', function ($provide) {
  $provide.decorator('$translate', ['$delegate', '$q', function ($delegate, $q) {
    const translate = function (key, ...rest) {
      return typeof key === 'string' && WORDING[key] ? $q.resolve(WORDING[key]) : $delegate(key, ...rest);
    };
    Object.assign(translate, $delegate);
    translate.instant = function (key, ...rest) {
      return typeof key === 'string' && WORDING[key] ? WORDING[key] : $delegate.instant(key, ...rest);
    };
    return translate;
  }]);
}]);

angular.module('cam.tasklist').run(['Views', function (Views) {
  Views.getProviders({ component: 'tasklist.list' })
    .filter((view) => view.id === 'task-search')
    .forEach((view) => {
      const original = view.controller;
      const dependencies = original.slice(0, -1);
      const body = original[original.length - 1];
      view.controller = dependencies.concat([function (...injected) {
        body.apply(this, injected);
        const scope = injected[dependencies.indexOf('$scope')];
        (scope.types || []).forEach((type) => {
          type.default = type.id.key === FAMILY_REFERENCE;
        });
      }]);
    });
}]);
