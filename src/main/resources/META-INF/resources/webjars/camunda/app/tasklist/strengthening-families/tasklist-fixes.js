// Strengthening Families: a fix for Camunda Forms with dynamic lists in Tasklist 7.24.
//
// Tasklist disables "Start"/"Complete" whenever form-js reports any error key. After a field inside
// a dynamic list (household members, plan actions, children's school data) has been edited, form-js
// 1.8.7 keeps that field's key in its error map with an empty array, so the button stays disabled
// for good although nothing is wrong. Here Tasklist's form controller only counts the form as invalid
// while form-js shows an error on screen. Completing still runs form-js's full validation first and
// shows every error it finds, and the server validates every submission again.
const angular = window.angular;

angular.module('cam.tasklist.form').config(['$provide', function ($provide) {
  $provide.decorator('camTasklistFormDirective', ['$delegate', function ($delegate) {
    const directive = $delegate[0];
    const original = directive.controller;
    directive.controller = ['$scope', '$element', '$attrs', '$transclude', '$injector',
      function ($scope, $element, $attrs, $transclude, $injector) {
        $injector.invoke(original, this, { $scope, $element, $attrs, $transclude });
        const notify = this.notifyFormValidated;
        this.notifyFormValidated = (invalid) => {
          const camundaForm = $element[0].querySelector('.fjs-container');
          const shownErrors = camundaForm && camundaForm.querySelector('.fjs-has-errors');
          notify.call(this, camundaForm ? Boolean(invalid && shownErrors) : invalid);
        };
      }];
    return $delegate;
  }]);
}]);
