import { collectModules } from './console-module';

const Page = () => null;

describe('collectModules', () => {
  it('gathers every module and sorts menu and dashboard by order', () => {
    const collected = collectModules([
      { menu: [{ to: '/b', label: 'b', icon: Page, order: 20 }], routes: [{ path: '/b', element: Page }], messages: { en: {}, 'zh-CN': {} } },
      { menu: [{ to: '/a', label: 'a', icon: Page, order: 10 }], resources: [{ name: 'Scorecard', list: Page }], dashboard: [{ id: 'x', order: 5, element: Page }] },
    ]);
    expect(collected.menu.map((entry) => entry.to)).toEqual(['/a', '/b']);
    expect(collected.routes.map((route) => route.path)).toEqual(['/b']);
    expect(collected.resources.map((resource) => resource.name)).toEqual(['Scorecard']);
    expect(collected.dashboard.map((entry) => entry.id)).toEqual(['x']);
    expect(collected.messages).toHaveLength(1);
  });

  it('is empty without modules', () => {
    expect(collectModules([])).toEqual({ resources: [], routes: [], menu: [], dashboard: [], messages: [] });
  });
});
