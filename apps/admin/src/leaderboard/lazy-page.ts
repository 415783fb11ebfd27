import { createElement, lazy, Suspense, type ComponentType } from 'react';
import { Loading } from 'react-admin';

/**
 * A page loaded in its own chunk the first time it is opened (charts, spreadsheets and the pages around them stay
 * out of the login bundle). `load` picks the named export: `lazyPage(() => import('./LeaderboardPage'), 'LeaderboardPage')`.
 */
export function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): ComponentType {
  const Page = lazy(async () => ({ default: (await load())[name] }));
  const LazyPage = () => createElement(Suspense, { fallback: createElement(Loading) }, createElement(Page));
  LazyPage.displayName = `Lazy(${name})`;
  return LazyPage;
}
