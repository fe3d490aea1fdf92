// Where the example store finds the API. Served by the Worker, the page and the API share this origin;
// `npm run dev` also serves the page from a second origin, whose config.js names the API's origin instead.
export const API_BASE = '';
