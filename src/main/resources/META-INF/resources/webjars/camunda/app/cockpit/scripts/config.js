// Strengthening Families: Cockpit configuration shipped with the application. It replaces Cockpit's
// own (empty) scripts/config.js from the Camunda webjar, as the Tasklist one does.
export default {
  // The managers' dashboard (plugin point cockpit.dashboard): strengthening-families/dashboard.js,
  // a path relative to app/cockpit/ without ".js".
  customScripts: ['strengthening-families/dashboard']
};
