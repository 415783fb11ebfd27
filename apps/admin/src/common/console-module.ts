import type { ComponentType } from 'react';
import type { ResourceProps } from 'react-admin';
import type { PageMessages } from '../i18n/locale';

// How a page folder plugs into the console without editing App.tsx, the menu or the i18n catalogue: a file
// `src/<folder>/module.ts` exporting `consoleModule: ConsoleModule`. App.tsx finds every such file (Vite glob),
// registers its resources and routes, adds its menu entries and dashboard cards, and merges its messages.
// Heavy pages (the editor, charts) pass `React.lazy` components so they load in their own chunks.
//
//   export const consoleModule: ConsoleModule = {
//     resources: [{ name: 'Scorecard', ...scorecards }],
//     routes: [{ path: '/leaderboard', element: LeaderboardPage, access: { resource: 'leaderboard' } }],
//     menu: [{ to: '/leaderboard', label: 'ys.menu.leaderboard', icon: LeaderboardIcon, order: 10, access: { resource: 'leaderboard' } }],
//     dashboard: [{ id: 'leaderboard', order: 10, element: LeaderboardCard }],
//     messages: { en: { ys: { menu: { leaderboard: 'Leaderboard' } } }, 'zh-CN': { ys: { menu: { leaderboard: '排行榜' } } } },
//   };

/** Who may see an entry: the same check as react-admin's canAccess (src/providers/permissions.ts). */
export interface AccessRule {
  resource: string;
  /** default `list` */
  action?: string;
}

export interface ResourceEntry extends Omit<ResourceProps, 'icon'> {
  name: string;
  icon?: ComponentType;
  /** position in the menu (lower first; the organisation resources use 50–80) */
  order?: number;
}

export interface RouteEntry {
  /** react-router path, e.g. `/leaderboard` or `/agents/:id/scores` */
  path: string;
  element: ComponentType;
  access?: AccessRule;
  /** render without the app bar and menu (full-screen pages) */
  noLayout?: boolean;
}

export interface MenuEntry {
  to: string;
  /** translation key */
  label: string;
  icon: ComponentType;
  order: number;
  access?: AccessRule;
}

export interface DashboardEntry {
  id: string;
  order: number;
  element: ComponentType;
  access?: AccessRule;
}

export interface ConsoleModule {
  resources?: ResourceEntry[];
  routes?: RouteEntry[];
  menu?: MenuEntry[];
  dashboard?: DashboardEntry[];
  messages?: PageMessages;
}

/** The entries of all modules, sorted by `order` where they have one. */
export function collectModules(modules: readonly ConsoleModule[]): Required<Omit<ConsoleModule, 'messages'>> & { messages: PageMessages[] } {
  const byOrder = <T extends { order?: number }>(items: T[]): T[] => [...items].sort((a, b) => (a.order ?? 100) - (b.order ?? 100));
  return {
    resources: byOrder(modules.flatMap((module) => module.resources ?? [])),
    routes: modules.flatMap((module) => module.routes ?? []),
    menu: byOrder(modules.flatMap((module) => module.menu ?? [])),
    dashboard: byOrder(modules.flatMap((module) => module.dashboard ?? [])),
    messages: modules.flatMap((module) => (module.messages ? [module.messages] : [])),
  };
}
