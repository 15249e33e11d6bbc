// Strengthening Families: adds behaviour to Tasklist's form controller (the camTasklistForm
// directive, which both task forms and the start dialogue use), after Tasklist's own controller
// has run. `extend` is called with the controller as `this`, its scope, its element and the injector.
export function extendTasklistForm(extend) {
  window.angular.module('cam.tasklist.form').config(['$provide', function ($provide) {
    $provide.decorator('camTasklistFormDirective', ['$delegate', function ($delegate) {
      const directive = $delegate[0];
      const original = directive.controller;
      directive.controller = ['$scope', '$element', '$attrs', '$transclude', '$injector',
        function ($scope, $element, $attrs, $transclude, $injector) {
          $injector.invoke(original, this, { $scope, $element, $attrs, $transclude });
          extend.call(this, $scope, $element[0], $injector);
        }];
      return $delegate;
    }]);
  }]);
}
