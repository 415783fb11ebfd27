// The service suites start a Nest app and create a database per file: on a loaded machine that takes longer than
// jest's default 5 s per hook. (`testTimeout` in a jest project is not applied per project, hence here.)
jest.setTimeout(60_000);
