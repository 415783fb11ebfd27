import { createElement, lazy, Suspense, type ComponentType } from 'react';
import { Loading } from 'react-admin';

// The editing pages carry CodeMirror and the whole language (parser, checker, formatter): they load in their own
// chunk the first time a scorecard is opened, so the login page and the list stay small.

function lazyNamed<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): ComponentType {
  const Page = lazy(async () => ({ default: (await load())[name] }));
  const LazyPage = () => createElement(Suspense, { fallback: createElement(Loading) }, createElement(Page));
  LazyPage.displayName = `Lazy(${name})`;
  return LazyPage;
}

const workspace = () => import('./workspace/ScorecardWorkspace');

export const ScorecardEdit = lazyNamed(workspace, 'ScorecardEditPage');
export const ScorecardShow = lazyNamed(workspace, 'ScorecardShowPage');
export const ScorecardCreate = lazyNamed(() => import('./workspace/ScorecardCreatePage'), 'ScorecardCreatePage');
