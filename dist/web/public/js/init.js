// Starts the GOV.UK and MoJ components on the page (progressive enhancement:
// every journey works without this).
import { initAll } from '/assets/js/govuk-frontend.min.js';
import { initAll as initMoj } from '/assets/js/moj-frontend.min.js';

initAll();
initMoj();
