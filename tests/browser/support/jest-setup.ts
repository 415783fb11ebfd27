// Browser steps wait for real pages over real HTTP (a cold start of the console, the demo seed): generous limits.
// (`testTimeout` in a jest project is not applied per project, hence here.)
jest.setTimeout(180_000);
